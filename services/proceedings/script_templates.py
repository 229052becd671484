"""The bundled wording of the chair's script (*kịch bản điều hành*), one text per step, in the
formal register of party meetings. `{name}` marks a fact filled in from the meeting's data when
the script is shown or printed (services/proceedings/script_facts.py lists them); the chair may
reword any step for one meeting, keeping or dropping the placeholders."""

from __future__ import annotations

STEP_TITLES: dict[int, str] = {
    1: "Khai mạc",
    2: "Báo cáo thành phần, điểm danh",
    3: "Thông qua chủ trì, thư ký, Ban kiểm phiếu",
    4: "Kiểm điểm tập thể",
    5: "Kiểm điểm cá nhân",
    6: "Bỏ phiếu đánh giá, xếp loại đảng viên",
    7: "Biểu quyết mức xếp loại của tập thể",
    8: "Công bố kết quả",
    9: "Kết luận, thông qua biên bản, bế mạc",
}

TEMPLATES: dict[int, str] = {
    1: """{loi_chao}

Thực hiện quy định, hướng dẫn của Trung ương và kế hoạch của {cap_tren} về kiểm điểm, đánh giá, \
xếp loại chất lượng tổ chức đảng và đảng viên {ky}, hôm nay, {ngay}, tại {dia_diem}, \
{co_quan} tổ chức Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên \
{ky}.

{dai_bieu}

Thay mặt {co_quan}, tôi xin nhiệt liệt chào mừng các đồng chí đại biểu và toàn thể các đồng chí \
về dự hội nghị.

Mục đích, yêu cầu của hội nghị: {muc_dich}

Tôi xin tuyên bố khai mạc hội nghị hồi {gio_khai_mac}.""",
    2: """Thưa các đồng chí!

Tôi xin báo cáo thành phần dự hội nghị: tổng số {thanh_phan} được triệu tập là {trieu_tap} \
đồng chí; có mặt {co_mat} đồng chí; {vang}.

{hien_dien}, {du_dieu_kien}.""",
    3: """Thưa các đồng chí!

Để điều hành hội nghị, tôi xin đề nghị hội nghị biểu quyết thông qua:
– Chủ trì hội nghị: đồng chí {chu_tri};
– Thư ký hội nghị: đồng chí {thu_ky};
– Ban kiểm phiếu gồm {so_kiem_phieu} đồng chí: {ban_kiem_phieu}.

Đồng chí nào nhất trí, xin biểu quyết bằng hình thức giơ tay. Đồng chí nào không nhất trí? \
Đồng chí nào có ý kiến khác?

Kết quả biểu quyết: {ket_qua_thong_qua}.""",
    4: """Thưa các đồng chí!

Tiếp theo chương trình, hội nghị tiến hành kiểm điểm tập thể. Tôi xin trình bày {du_thao}. \
Tập thể tự chấm {diem_tap_the}, tự nhận mức {muc_tap_the}.

Đề nghị các đồng chí tập trung nghiên cứu, thẳng thắn góp ý theo từng phần của báo cáo; mỗi ý \
kiến phát biểu không quá {phut_phat_bieu} phút.

Đến nay đã ghi nhận {so_y_kien} ý kiến góp ý vào báo cáo.""",
    5: """Thưa các đồng chí!

Hội nghị chuyển sang kiểm điểm cá nhân. Theo quy định, đồng chí đứng đầu kiểm điểm trước, \
tiếp đến các đồng chí cấp phó, cấp ủy viên và các đảng viên. Thứ tự kiểm điểm: \
{thu_tu_kiem_diem}.

Mỗi đồng chí trình bày bản tự kiểm điểm, tự chấm điểm và tự xếp loại; hội nghị góp ý trên \
tinh thần thẳng thắn, chân thành, xây dựng.

Đã kiểm điểm xong {da_kiem_diem} đồng chí.""",
    6: """Thưa các đồng chí!

Hội nghị tiến hành đánh giá, xếp loại chất lượng đảng viên bằng hình thức bỏ phiếu kín. Tôi \
xin mời Ban kiểm phiếu gồm {ban_kiem_phieu} lên làm nhiệm vụ: phổ biến cách ghi phiếu, phát \
phiếu, thu phiếu và kiểm phiếu.

Trên phiếu có tên {so_dang_vien_bo_phieu} đảng viên; với mỗi đồng chí, đánh dấu (X) vào một ô \
mức xếp loại. Số đồng chí có quyền biểu quyết có mặt: {co_mat}.

{vong_dang_vien}""",
    7: """Thưa các đồng chí!

Hội nghị tiến hành biểu quyết mức xếp loại {doi_tuong_tap_the}. Tôi xin mời Ban kiểm phiếu \
tiếp tục làm nhiệm vụ.

{vong_tap_the}""",
    8: """Thưa các đồng chí!

Tôi xin mời đồng chí {truong_ban}, Trưởng ban kiểm phiếu, công bố kết quả kiểm phiếu.

{ket_qua}

{ty_le}""",
    9: """Thưa các đồng chí!

Thay mặt chủ trì hội nghị, tôi xin kết luận:
{ket_luan}

Cam kết khắc phục: {cam_ket}

Tôi xin mời đồng chí {thu_ky}, thư ký hội nghị, đọc biên bản hội nghị. Đồng chí nào nhất trí \
thông qua biên bản, xin biểu quyết bằng hình thức giơ tay. Kết quả: {bieu_quyet_bien_ban}.

Hội nghị đã hoàn thành chương trình đề ra. Thay mặt {co_quan}, tôi xin cảm ơn các đồng chí \
đại biểu và toàn thể các đồng chí. Tôi xin tuyên bố bế mạc hội nghị hồi {gio_be_mac}.""",
}
