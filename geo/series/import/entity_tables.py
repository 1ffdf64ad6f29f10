"""Entity ids and names written by hand (areas map, aggregates, provinces, Sichuan prefectures)."""

AREA_IDS = {'CPA_LPS': 'liupan', 'CPA_QBS': 'qinba', 'CPA_WLS': 'wuling', 'CPA_WMS': 'wumeng',
            'CPA_DGQ': 'dianguiqian', 'CPA_DXB': 'dianxi', 'CPA_DXAL': 'daxinganling',
            'CPA_YSTH': 'yanshan_taihang', 'CPA_LLS': 'lvliang', 'CPA_DBS': 'dabie', 'CPA_LXS': 'luoxiao',
            'CPA_XZ': 'tibet', 'CPA_SSZQ': 'tibetan_areas_4prov', 'CPA_NJ3': 'south_xinjiang',
            'CPA_ALL14': 'CPA_ALL14'}
AGGREGATES = {
    'CN_PA': ('全国贫困地区(832个贫困县)', 'Poverty-stricken areas (the 832 poverty counties)'),
    'SSZQ_SC': ('四川藏区(甘孜、阿坝、木里)', 'Tibetan areas of Sichuan (Ganzi, Aba, Muli)'),
    'SQSZ': ('“三区三州”深度贫困地区', 'The “three areas and three prefectures” of deep poverty'),
    'NJ4': ('南疆四地州(喀什、和田、克州、阿克苏)', 'Four prefectures of southern Xinjiang (Kashgar, Hotan, Kizilsu, Aksu)'),
    'CPA_11': ('11个片区(不含西藏、四省藏区、南疆三地州)', 'The 11 areas without Tibet, the Tibetan areas and southern Xinjiang'),
    'SC_DEEP45': ('四川45个深度贫困县', "Sichuan's 45 counties of deep poverty"),
}
PROVINCES = {'云南省': ('530000', 'Yunnan'), '内蒙古自治区': ('150000', 'Inner Mongolia'), '吉林省': ('220000', 'Jilin'),
             '四川省': ('510000', 'Sichuan'), '宁夏回族自治区': ('640000', 'Ningxia'), '安徽省': ('340000', 'Anhui'),
             '山西省': ('140000', 'Shanxi'), '广西壮族自治区': ('450000', 'Guangxi'), '新疆维吾尔自治区': ('650000', 'Xinjiang'),
             '江西省': ('360000', 'Jiangxi'), '河北省': ('130000', 'Hebei'), '河南省': ('410000', 'Henan'),
             '湖北省': ('420000', 'Hubei'), '湖南省': ('430000', 'Hunan'), '甘肃省': ('620000', 'Gansu'),
             '西藏自治区': ('540000', 'Tibet'), '贵州省': ('520000', 'Guizhou'), '重庆市': ('500000', 'Chongqing'),
             '陕西省': ('610000', 'Shaanxi'), '青海省': ('630000', 'Qinghai'), '黑龙江省': ('230000', 'Heilongjiang')}
PREFECTURES = [('510100', '成都市', 'Chengdu'), ('510300', '自贡市', 'Zigong'), ('510400', '攀枝花市', 'Panzhihua'),
               ('510500', '泸州市', 'Luzhou'), ('510600', '德阳市', 'Deyang'), ('510700', '绵阳市', 'Mianyang'),
               ('510800', '广元市', 'Guangyuan'), ('510900', '遂宁市', 'Suining'), ('511000', '内江市', 'Neijiang'),
               ('511100', '乐山市', 'Leshan'), ('511300', '南充市', 'Nanchong'), ('511400', '眉山市', 'Meishan'),
               ('511500', '宜宾市', 'Yibin'), ('511600', '广安市', "Guang'an"), ('511700', '达州市', 'Dazhou'),
               ('511800', '雅安市', "Ya'an"), ('511900', '巴中市', 'Bazhong'), ('512000', '资阳市', 'Ziyang'),
               ('513200', '阿坝藏族羌族自治州', 'Aba (Ngawa) Tibetan and Qiang AP'),
               ('513300', '甘孜藏族自治州', 'Ganzi (Garzê) Tibetan AP'), ('513400', '凉山彝族自治州', 'Liangshan Yi AP')]


# Provinces outside the 14 areas: only so land area from geometry can name them.
OTHER_PROVINCES = {'北京市': ('110000', 'Beijing'), '天津市': ('120000', 'Tianjin'), '辽宁省': ('210000', 'Liaoning'),
                   '上海市': ('310000', 'Shanghai'), '江苏省': ('320000', 'Jiangsu'), '浙江省': ('330000', 'Zhejiang'),
                   '福建省': ('350000', 'Fujian'), '山东省': ('370000', 'Shandong'), '广东省': ('440000', 'Guangdong'),
                   '海南省': ('460000', 'Hainan'), '台湾省': ('710000', 'Taiwan'), '香港特别行政区': ('810000', 'Hong Kong'),
                   '澳门特别行政区': ('820000', 'Macao')}
