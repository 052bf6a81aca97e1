// DemoDistrict
