import type { PlanContent } from '../../core/plan/plan-content';

/**
 * The demo commune's 2024 emulation and commendation plan, entered as data from
 * src/server/seed/source/ke-hoach-thi-dua-khen-thuong-2024.txt (a copy of the commune's plan; wording kept; only line-break artefacts fixed).
 * The number and date are not in the seed text and are plausible values.
 */
export const PLAN_2024: PlanContent = {
  year: 2024,
  issuer: {
    parent: 'ỦY BAN NHÂN DÂN',
    name: 'XÃ TÂN VIỆT',
  },
  number: '05',
  symbol: 'KH-UBND',
  place: 'Tân Việt',
  date: '2024-01-15',
  title: 'KẾ HOẠCH',
  summary: 'Công tác thi đua, khen thưởng năm 2024',
  review: [
    'Năm 2023, xã Tân Việt tổ chức, triển khai phong trào thi đua trong điều kiện còn nhiều khó khăn, tình hình chính trị thế giới, khu vực diễn biến phức tạp, khó lường, thị trường bất động sản trầm lắng, kinh tế suy thoái, ... Song với chủ đề thi đua “Nêu cao tinh thần đoàn kết, ý chí quyết tâm, phấn đấu thực hiện thắng lợi mục tiêu phát triển kinh tế - xã hội năm 2023”, cùng với sự lãnh đạo, chỉ đạo sát sao, quyết liệt của Đảng uỷ, HĐND, UBND xã và sự đoàn kết, thống nhất, sự nỗ lực của cả hệ thống chính trị, cộng đồng doanh nghiệp, nhân dân trong xã, đã quyết liệt thực hiện đồng bộ các nhiệm vụ phục hồi và phát triển kinh tế - xã hội, tập trung tháo gỡ dứt điểm các khó khăn, vướng mắc, góp phần đẩy mạnh phát triển kinh tế. Kết quả thực hiện hoàn thành 17/17 chỉ tiêu phát triển kinh tế - xã hội. Các lĩnh vực được đảm bảo: Chất lượng giáo dục toàn diện được giữ vững; văn hóa, thể thao, y tế có nhiều tiến bộ; an sinh xã hội được đặc biệt quan tâm; công tác cải cách hành chính có nhiều chuyển biến tích cực, có nhiều cách làm mới, hiệu quả, góp phần nâng cao chất lượng phục vụ dịch vụ hành chính công; công tác quốc phòng, quân sự địa phương, an ninh chính trị, trật tự an toàn xã hội được giữ vững, không để xảy ra các tình huống đột xuất, bất ngờ. Hệ thống chính trị ngày càng được củng cố vững chắc, công tác xây dựng đảng, chính quyền, mặt trận và các đoàn thể nhân dân có chuyển biến tích cực, đời sống nhân dân từng bước được cải thiện... Những kết quả trên có sự đóng góp tích cực của công tác thi đua - khen thưởng trên địa bàn xã.',
    'Bên cạnh những kết quả đạt được, phong trào thi đua tuy phát triển sâu rộng nhưng chưa toàn diện, chưa đề ra các mục tiêu, giải pháp để tập trung giải quyết những vấn đề cấp bách, khó khăn vướng mắc nhằm thực hiện nhiệm vụ chính trị được giao.',
  ],
  introduction:
    'Năm 2024, là năm thực hiện mục tiêu, phương án phát triển theo quy hoạch. Các nguồn lực trong xã hội sẽ được huy động, sử dụng tạo sự phát triển bứt phá và động lực quan trọng cho việc thực hiện các mục tiêu Nghị quyết Đại hội Đảng bộ các cấp (nhiệm kỳ 2020 - 2025), Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025. Phát huy kết quả đạt được trong công tác thi đua, khen thưởng năm 2023; nhằm thực hiện thắng lợi các mục tiêu, nhiệm vụ đề ra; UBND xã ban hành Kế hoạch công tác thi đua, khen thưởng năm 2024, cụ thể như sau:',
  theme: 'Đoàn kết, kỷ cương, sáng tạo, tăng tốc, hiệu quả',
  purposes: [
    'Tăng cường vai trò lãnh đạo của Đảng đối với công tác thi đua, khen thưởng. Nâng cao trách nhiệm của cấp ủy, chính quyền trong chỉ đạo, tổ chức, điều hành phong trào thi đua, công tác khen thưởng; đảm bảo thực hiện đồng bộ và có hiệu quả.',
    'Phát động và triển khai phong trào thi đua yêu nước trên tất cả các lĩnh vực nhằm thực hiện thắng lợi các nhiệm vụ chính trị, các chỉ tiêu phát triển kinh tế - xã hội năm 2024; thiết thực lập thành tích chào mừng kỷ niệm các ngày lễ lớn của huyện và đất nước.',
    'Nâng cao chất lượng công tác thi đua, khen thưởng, đảm bảo khen thưởng thực chất, có tác dụng động viên, tôn vinh kịp thời các gương điển hình tiên tiến, người tốt, việc tốt trong các phong trào thi đua yêu nước.',
  ],
  requirements: [
    'Việc tổ chức các phong trào thi đua yêu nước và thực hiện công tác thi đua, khen thưởng phải thiết thực, phù hợp với thực tiễn, bám sát các nhiệm vụ trọng tâm, các khâu đột phá, mục tiêu, chỉ tiêu chủ yếu nhằm thực hiện tốt các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội theo Chỉ thị, Nghị quyết, Chương trình, Kế hoạch năm 2024 của Trung ương, của tỉnh, huyện và từng ngành, địa phương, đơn vị; đồng thời gắn trách nhiệm của người đứng đầu đơn vị trong chủ trì tổ chức, triển khai thực hiện và gắn với thực hiện nhiệm vụ CCHC.',
    'Các nhiệm vụ, giải pháp đề ra phải nhằm từng bước khắc phục những tồn tại, hạn chế, tiếp tục đổi mới và nâng cao hiệu quả công tác thi đua, khen thưởng trên địa bàn xã.',
  ],
  sections: [
    {
      number: '1',
      heading: 'Phát động và tổ chức thực hiện tốt các phong trào thi đua',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Các ngành, đoàn thể của xã đổi mới phương thức, biện pháp tổ chức các phong trào thi đua thường xuyên, thi đua theo đợt, thi đua chuyên đề với nội dung, tiêu chí cụ thể, phù hợp mục tiêu, nhiệm vụ trọng tâm năm 2024, cụ thể như sau:',
        },
      ],
      children: [
        {
          number: '1.1',
          heading:
            'Tiếp tục triển khai thực hiện có hiệu quả Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021 - 2025) theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Nghị quyết Đại hội Đảng bộ các cấp, nhiệm kỳ 2020-2025.',
          blocks: [],
          children: [],
          bold: false,
        },
        {
          number: '1.2',
          heading:
            'Tăng cường giải pháp, biện pháp thực hiện các cuộc vận động, các phong trào thi đua do các cấp phát động, đảm bảo thiết thực, bám sát yêu cầu nhiệm vụ của chính trị, mục tiêu, chỉ tiêu phát triển kinh tế - xã hội của địa phương.',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Trong đó trọng tâm là các phong trào thi đua: “Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở”, phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”, phong trào thi đua “Vì người nghèo - không để ai bị bỏ lại phía sau”, phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng, đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”, phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” và Phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời” giai đoạn 2023 - 2030.',
            },
          ],
          children: [],
          bold: false,
        },
        {
          number: '1.3',
          heading:
            'Tổ chức tốt các đợt thi đua chào mừng kỷ niệm các ngày lễ lớn, các sự kiện lịch sử, chính trị quan trọng của đất nước; tăng cường công tác tuyên truyền về các phong trào thi đua đua yêu nước cùng với những thành tựu của đất nước, của tỉnh, của huyện, địa phương; tổ chức tọa đàm, giao lưu gặp mặt và biểu dương gương điển hình tiên tiến, người tốt, việc tốt trong các phong trào thi đua, yêu nước.',
          blocks: [],
          children: [],
          bold: false,
        },
        {
          number: '1.4',
          heading: 'Tiếp tục đẩy mạnh phong trào thi đua yêu nước trên các lĩnh vực:',
          blocks: [
            {
              kind: 'bullet',
              text: 'Thi đua xây dựng Đảng trong sạch vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức gắn với chỉnh đốn Đảng để phòng ngừa, ngăn chặn, đẩy lùi tình trạng suy thoái, “tự diễn biến”, “tự chuyển hóa” với việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về việc đẩy mạnh “học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; nâng cao năng lực và sức chiến đấu của tổ chức cơ sở Đảng, tiếp tục thực hiện sắp xếp đơn vị hành chính, sắp xếp, tinh gọn bộ máy, tinh giản biên chế gắn với cơ cấu lại và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức; nâng cao hiệu lực, hiệu quả lãnh đạo, chỉ đạo, điều hành. Phát huy hiệu quả vai trò nòng cốt của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong tổ chức, đẩy mạnh các phong trào thi đua yêu nước.',
            },
            {
              kind: 'bullet',
              text: 'Thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới kiểu mẫu, đảm bảo thực chất và có chất lượng.',
            },
            {
              kind: 'bullet',
              text: 'Thi đua phát triển văn hóa - xã hội đồng bộ với phát triển kinh tế: Thi đua thực hiện đổi mới căn bản, toàn diện GD&ĐT và giáo dục nghề nghiệp; bảo đảm số lượng, chất lượng đội ngũ nhà giáo và cán bộ quản lý giáo dục.',
            },
            {
              kind: 'bullet',
              text: 'Nâng cao chất lượng khám, chữa bệnh cho nhân dân; đảm bảo vật tư, trang thiết bị và thuốc trong phòng và điều trị bệnh. Tăng cường phòng, chống các loại dịch bệnh; bảo đảm vệ sinh an toàn thực phẩm.',
            },
            {
              kind: 'bullet',
              text: 'Phát triển toàn diện và đồng bộ các lĩnh vực văn hóa; Xây dựng môi trường văn hóa lành mạnh, đời sống văn hoá cơ sở, thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá”. Thực hiện tốt công tác tôn giáo, quan tâm đầu tư, bảo tồn, tôn tạo và phát huy các giá trị văn hoá.',
            },
            {
              kind: 'bullet',
              text: 'Thực hiện đầy đủ, kịp thời, nâng cao hiệu quả các chính sách người có công, trợ giúp xã hội, bảo đảm an sinh xã hội, giảm nghèo đa chiều, bao trùm, bền vững, nâng cao đời sống vật chất, tinh thần của nhân dân.',
            },
            {
              kind: 'bullet',
              text: 'Thực hiện hiệu quả Chương trình tổng thể cải cách hành chính nhà nước; xây dựng chính quyền điện tử, chính quyền số; tăng cường giải quyết thủ tục hành chính trên môi trường điện tử; thực hiện chuyển đổi số quốc gia và Đề án 06, tạo được chuyển biến rõ nét trong việc ứng dụng chuyển đổi số ở từng cơ quan, đơn vị từ huyện đến xã, thị trấn, đồng thời tạo ra sự lan tỏa rộng rãi trong toàn xã hội.',
            },
            {
              kind: 'bullet',
              text: 'Thi đua trong lĩnh vực quốc phòng, an ninh, thanh tra, tư pháp: Tăng cường chỉ đạo thực hiện công tác quốc phòng - an ninh; củng cố thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân; giữ vững an ninh chính trị, trật tự an toàn xã hội. Thi đua thực hiện tốt công tác tiếp công dân và giải quyết đơn, thư khiếu nại, tố cáo của công dân; đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục pháp luật và tổ chức thực hiện đồng bộ, có hiệu quả các giải pháp về phòng, chống tham nhũng và thực hành tiết kiệm, chống lãng phí, trong đó đề cao vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị trong triển khai thực hiện; chủ động giải quyết kịp thời, giữ vững ổn định an ninh chính trị và trật tự, an toàn xã hội trên địa bàn xã.',
            },
          ],
          children: [],
          bold: false,
        },
      ],
    },
    {
      number: '2',
      heading:
        'Nâng cao chất lượng công tác khen thưởng; đẩy mạnh tuyên truyền, phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến',
      blocks: [],
      children: [
        {
          number: '2.1',
          heading: 'Nâng cao chất lượng công tác khen thưởng',
          blocks: [
            {
              kind: 'bullet',
              text: 'Tập trung nâng cao chất lượng công tác khen thưởng, đảm bảo kịp thời, chính xác, công khai, công bằng, có tác dụng động viên, giáo dục và nêu gương. Thực hiện tốt công tác xét, đề nghị khen thưởng đảm bảo chặt chẽ, đúng quy định về quy trình, tiêu chuẩn, điều kiện và thủ tục hồ sơ.',
            },
            {
              kind: 'bullet',
              text: 'Chú trọng khen thưởng thành tích đột xuất, khen thưởng chuyên đề trong các lĩnh vực; việc khen thưởng phải bám sát kết quả thi đua thực hiện các khâu đột phá, các nhiệm vụ trọng tâm, cấp bách của từng cơ quan, đơn vị, địa phương, gắn với việc giải quyết các vấn đề lớn, bức xúc, cấp thiết của đời sống xã hội, những việc làm tốt, sáng kiến mang lại hiệu quả cao phục vụ người dân, doanh nghiệp.',
            },
            {
              kind: 'bullet',
              text: 'Tăng cường khen thưởng theo thẩm quyền, cấp nào phát động thi đua thì cấp đó khen thưởng. Nâng cao tỷ lệ khen thưởng cho tập thể nhỏ, khen thưởng người lao động trực tiếp như nông dân, công chức, viên chức, người lao động, học sinh và người dân.',
            },
          ],
          children: [],
          bold: true,
        },
        {
          number: '2.2',
          heading:
            'Đẩy mạnh tuyên truyền, phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, người tốt, việc tốt',
          blocks: [
            {
              kind: 'bullet',
              text: 'Tiếp tục quán triệt, tuyên truyền và triển khai thực hiện tốt các chủ trương của Đảng, chính sách và pháp luật của Nhà nước về thi đua, khen thưởng; tạo sự chuyển biến mạnh mẽ và rõ rệt hơn nữa trong tư tưởng, nhận thức của các cơ quan, đơn vị, địa phương, cán bộ, công chức và Nhân dân về vai trò, vị trí của công tác thi đua, khen thưởng;',
            },
            {
              kind: 'bullet',
              text: 'Tăng cường tuyên truyền về các phong trào thi đua yêu nước với nội dung, hình thức đa dạng, phong phú. Có kế hoạch bồi dưỡng, xây dựng các mô hình mới, các điển hình tiên tiến trong cơ quan, đơn vị, địa phương mình với tiêu chí, lộ trình và trách nhiệm cụ thể. Công tác xây dựng điển hình tiên tiến phải được thực hiện từ cơ sở và chỉ đạo thực hiện đồng bộ tốt cả 4 khâu: Phát hiện - bồi dưỡng - tổng kết - nhân điển hình tiên tiến. Kịp thời tổng kết mô hình, điển hình và khen thưởng, ghi nhận những cách làm hiệu quả, động viên, tôn vinh các gương điển hình tiên tiến. Tổ chức thăm quan học tập, phát động thi đua làm theo mô hình, điển hình tại địa phương.',
            },
            {
              kind: 'bullet',
              text: 'Tăng cường các giải pháp, biện pháp đổi mới nội dung, đa dạng hóa phương thức tuyên truyền các phong trào thi đua, các mô hình hay, cách làm hiệu quả và các gương điển hình tiên tiến. Thường xuyên tổ chức học tập, trao đổi kinh nghiệm giữa các cơ quan, đơn vị, địa phương.',
            },
          ],
          children: [],
          bold: true,
        },
      ],
    },
    {
      number: '3',
      heading:
        'Tăng cường công tác lãnh đạo và nâng cao hiệu quả công tác quản lý Nhà nước về thi đua, khen thưởng',
      blocks: [
        {
          kind: 'bullet',
          text: 'Tập trung nâng cao hiệu quả quản lý nhà nước về thi đua, khen thưởng; nâng cao trách nhiệm của người đứng đầu cấp ủy, cơ quan, đơn vị, địa phương trong việc lãnh đạo, chỉ đạo, đôn đốc, kiểm tra thực hiện nhiệm vụ công tác thi đua, khen thưởng, đảm bảo thiết thực, hiệu quả.',
        },
        {
          kind: 'bullet',
          text: 'Tổ chức triển khai Luật Thi đua, khen thưởng năm 2022 và các văn hướng dẫn thi hành, đảm bảo kịp thời, đúng quy định.',
        },
      ],
      children: [],
    },
    {
      number: '4',
      heading: 'Đổi mới và nâng cao chất lượng hoạt động của Hội đồng Thi đua - Khen thưởng',
      blocks: [
        {
          kind: 'bullet',
          text: 'Kiện toàn, nâng cao hiệu quả hoạt động của Hội đồng Thi đua - Khen thưởng; phân công nhiệm vụ và quy định rõ trách nhiệm của từng thành viên. Hội đồng Thi đua - Khen thưởng các cấp tham mưu cấp ủy đảng, lãnh đạo cơ quan, quán triệt, chỉ đạo, tổ chức thực hiện hiệu quả các chương trình, kế hoạch của xã nhằm khắc phục tồn tại, hạn chế, đổi mới, nâng cao chất lượng công tác thi đua, khen thưởng, đặc biệt nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong chỉ đạo, kiểm tra thực hiện nhiệm vụ công tác thi đua, khen thưởng.',
        },
      ],
      children: [],
    },
  ],
  movements: [
    {
      name: 'Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở',
    },
    {
      name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
    },
    {
      name: 'Cả nước chung sức xây dựng nông thôn mới',
    },
    {
      name: 'Vì người nghèo - không để ai bị bỏ lại phía sau',
    },
    {
      name: 'Đẩy mạnh phát triển kết cấu hạ tầng, đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
    },
    {
      name: 'Chuyển đổi số giai đoạn 2021 - 2025',
    },
    {
      name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời',
      basis: 'giai đoạn 2023 - 2030',
    },
  ],
  organisation: [
    'Ủy ban nhân dân xã xây dựng chương trình, kế hoạch chi tiết triển khai thực hiện nhiệm vụ công tác thi đua, khen thưởng phù hợp với chức năng, nhiệm vụ của địa phương đảm bảo thiết thực, hiệu quả.',
    'Tổ chức phát động phong trào thi đua; đánh giá, bình xét thi đua; tổng hợp, báo cáo kết quả phong trào thi đua và đề nghị khen thưởng theo đúng trình tự, thủ tục, thời gian, quy định.',
  ],
  closing:
    'Trên đây là Kế hoạch công tác Thi đua, Khen thưởng năm 2024, Ủy ban nhân dân xã Tân Việt yêu cầu các ngành, đoàn thể tổ chức triển khai thực hiện nghiêm túc Kế hoạch này./.',
  recipients: [
    'Ban TĐKT - Phòng Nội vụ huyện',
    'Thường trực Đảng ủy',
    'Thường trực HĐND xã',
    'Lãnh đạo UBND xã',
    'Thành viên Hội đồng TĐKT xã',
    'Các ngành, đoàn thể',
    'Lưu: VP',
  ],
  signer: {
    title: 'CHỦ TỊCH',
    name: 'Vũ Xuân Hào',
  },
};
