CREATE TABLE `orders` (`id` int, `name` varchar(20), `phone` varchar(11), `addr` text);
INSERT INTO `orders` VALUES (1,'测试甲','13800000001','测试路\'1\'号'),(2,'测试乙',NULL,'x');
INSERT INTO orders (name, phone) VALUES ('测试丙', '13800000003');
