print("leaktrace")
