/// Synthetic people for fixtures: phones built as "1380000" + four digits, never a real person's data.
enum SyntheticPeople {
    static func phone(_ index: Int) -> String {
        let digits = String(index % 10_000)
        return "1380000" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    static let names = ["张伟", "李娜", "王芳", "刘洋", "陈静"]
    static let addresses = ["浙江省杭州市西湖区文三路90号", "北京市朝阳区建国路88号", "上海市浦东新区世纪大道100号", "广东省深圳市南山区科技园路1号", "四川省成都市武侯区人民南路4段9号"]

    static func name(_ index: Int) -> String { names[index % names.count] }
    static func address(_ index: Int) -> String { addresses[index % addresses.count] }
}
