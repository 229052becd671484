<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="73"/>
        <source> và {0} người khác</source>
        <translation> and {0} more</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="28"/>
        <source>Phiên bản {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="29"/>
        <source>Bản dựng ngày {date}</source>
        <translation>Built on {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="30"/>
        <source>Chạy từ mã nguồn</source>
        <translation>Running from the source code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="31"/>
        <source>Dữ liệu: {database}</source>
        <translation>Data: {database}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="32"/>
        <source>Nhật ký: {log}</source>
        <translation>Log: {log}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Giới thiệu Hội nghị</source>
        <translation>About Hội nghị</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../ui/agenda.py" line="54"/>
        <source>Chuẩn bị hội nghị</source>
        <translation>Meeting set-up</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="54"/>
        <source>Tổ chức đảng, nơi họp, năm đánh giá, ngày, địa điểm và danh sách đảng viên.</source>
        <translation>Party organisation, convened body, review year, date, place and the roster of members.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="56"/>
        <source>Khai mạc</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="56"/>
        <source>Tuyên bố lý do, mục đích hội nghị; giới thiệu đại biểu cấp trên dự.</source>
        <translation>Reason and purpose of the meeting; introducing the guests from the superior committee.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="58"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="58"/>
        <source>Đảng viên chính thức, dự bị, loại trừ (có lý do), vắng mặt; số được triệu tập và số có mặt có quyền biểu quyết.</source>
        <translation>Official and probationary members, exclusions (with reason), absences; the electorate and the voters present.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="61"/>
        <source>Chủ trì, thư ký, Ban kiểm phiếu</source>
        <translation>Chair, secretary, tellers</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="62"/>
        <source>Biểu quyết bằng giơ tay thông qua chủ trì, thư ký và Ban kiểm phiếu (thường 3 đảng viên chính thức, một người làm Trưởng ban).</source>
        <translation>Approving the chair, the secretary and the tellers by show of hands (usually 3 official members, one of them head).</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="65"/>
        <source>Kiểm điểm tập thể</source>
        <translation>Collective review</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="65"/>
        <source>Đọc dự thảo báo cáo kiểm điểm; góp ý theo từng đoạn; tự chấm điểm và mức đề xuất.</source>
        <translation>The draft review report is read; comments paragraph by paragraph; the self-score and the proposed level.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="68"/>
        <source>Kiểm điểm cá nhân</source>
        <translation>Individual reviews</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="68"/>
        <source>Từng người đọc bản tự kiểm điểm với tự chấm điểm, tự xếp loại; hội nghị góp ý.</source>
        <translation>Each member reads the self-review with self-score and self-rating; the meeting comments.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="71"/>
        <source>Bỏ phiếu đánh giá đảng viên</source>
        <translation>Vote on the members</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="72"/>
        <source>Phát phiếu, thu phiếu, kiểm phiếu phát ra / thu vào / không hợp lệ, tổng hợp từng dòng, ký biên bản kiểm phiếu.</source>
        <translation>Ballots handed out and collected; issued / returned / invalid counted; each row tallied; the tellers&apos; report signed.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="75"/>
        <source>Biểu quyết mức của tập thể</source>
        <translation>Vote on the collective&apos;s level</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="75"/>
        <source>Biểu quyết mức xếp loại của chi bộ (hoặc của các chi bộ trực thuộc, ở hội nghị đảng ủy).</source>
        <translation>Vote on the cell&apos;s own level (or on the subordinate cells&apos; levels at a committee meeting).</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="78"/>
        <source>Công bố kết quả</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="78"/>
        <source>Công bố kết quả; kiểm tra tỷ lệ Hoàn thành xuất sắc nhiệm vụ; chủ trì ghi quyết định với trường hợp bằng phiếu hoặc vượt tỷ lệ.</source>
        <translation>The results are announced; the quota for excellent is checked; the chair records decisions on ties and over-quota subjects.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="81"/>
        <source>Kết luận, bế mạc</source>
        <translation>Conclusions, closing</translation>
    </message>
    <message>
        <location filename="../../ui/agenda.py" line="81"/>
        <source>Kết luận; đọc và thông qua biên bản hội nghị; bế mạc.</source>
        <translation>Conclusions; the minutes are read and adopted; closing.</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <location filename="../../services/proceedings/announcement.py" line="140"/>
        <source>Chưa có vòng biểu quyết nào.</source>
        <translation>No ballot round yet.</translation>
    </message>
    <message>
        <location filename="../../services/proceedings/announcement.py" line="144"/>
        <source>Vòng “{title}” chưa khóa (chưa ký biên bản kiểm phiếu): chưa công bố được.</source>
        <translation>Round “{title}” is not locked (the tellers&apos; report is not signed): it cannot be announced yet.</translation>
    </message>
    <message>
        <location filename="../../services/proceedings/announcement.py" line="148"/>
        <source>Vòng “{title}”: số phiếu chưa khớp, chưa tính được kết quả.</source>
        <translation>Round “{title}”: the counts do not add up, no result can be computed yet.</translation>
    </message>
    <message>
        <location filename="../../services/proceedings/announcement.py" line="153"/>
        <source>Vòng “{title}”: {count} đối tượng chưa đủ quá bán ({names}); chủ trì có thể cho bỏ phiếu lại.</source>
        <translation>Round “{title}”: {count} subjects without a majority ({names}); the chair may call a new vote.</translation>
    </message>
    <message>
        <location filename="../../services/proceedings/announcement.py" line="158"/>
        <source>Vòng “{title}”: chủ trì chưa quyết định với {names} (bằng phiếu hoặc vượt tỷ lệ).</source>
        <translation>Round “{title}”: the chair has not decided on {names} (tied or over the quota).</translation>
    </message>
</context>
<context>
    <name>AnnouncementPage</name>
    <message>
        <location filename="../../ui/pages/announcement.py" line="32"/>
        <source>Trang bỏ phiếu đảng viên (bước %1)</source>
        <translation>Members&apos; ballot page (step %1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="33"/>
        <source>Trang biểu quyết tập thể (bước %1)</source>
        <translation>Collective vote page (step %1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="48"/>
        <source>Chưa có vòng biểu quyết nào. Các vòng được mở ở bước 6 và 7.</source>
        <translation>No ballot round yet. Rounds are opened in steps 6 and 7.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="57"/>
        <source>đã khóa (Ban kiểm phiếu đã ký biên bản)</source>
        <translation>locked (the tellers&apos; report is signed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="58"/>
        <source>chưa khóa</source>
        <translation>not locked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="59"/>
        <source>%1, bản %2: %3</source>
        <translation>%1, revision %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="64"/>
        <source>Kết quả chỉ được công bố sau khi Ban kiểm phiếu kiểm phiếu xong và ký biên bản (khóa vòng) ở trang bỏ phiếu.</source>
        <translation>Results are announced only after the tellers have finished counting and signed their report (round locked) on the ballot page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="67"/>
        <source>Số phiếu chưa khớp: chưa tính được kết quả.</source>
        <translation>The counts do not add up: no result can be computed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="74"/>
        <source>Kiểm tra tỷ lệ</source>
        <translation>Quota check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="78"/>
        <source>Chủ trì chưa quyết định với: %1 (ghi quyết định ở trang bỏ phiếu).</source>
        <translation>The chair has not decided on: %1 (record the decision on the ballot page).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/announcement.py" line="83"/>
        <source>Hội nghị chi bộ chỉ đề nghị: cấp ủy cấp trên quyết định đối với %1 (bằng phiếu hoặc vượt tỷ lệ); chủ trì hội nghị chi bộ không quyết định thay.</source>
        <translation>A cell meeting only proposes: the superior committee decides on %1 (tied or over the quota); the chair of the cell meeting does not decide for it.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="140"/>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>The database could not be opened</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../ui/pages/approvals.py" line="71"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="71"/>
        <source>Người được đề cử</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="71"/>
        <location filename="../../ui/pages/approvals.py" line="111"/>
        <source>Tán thành</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="72"/>
        <location filename="../../ui/pages/approvals.py" line="113"/>
        <source>Không tán thành</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="72"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="82"/>
        <location filename="../../ui/pages/approvals.py" line="150"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="83"/>
        <location filename="../../ui/pages/approvals.py" line="152"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="84"/>
        <source>Ban kiểm phiếu</source>
        <translation>Tellers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="88"/>
        <location filename="../../ui/pages/approvals.py" line="91"/>
        <source>Đề cử</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="89"/>
        <source>Làm Trưởng ban</source>
        <translation>Make head teller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="90"/>
        <source>Rút đề cử</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="104"/>
        <source>Nhất trí 100%</source>
        <translation>Unanimous</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="105"/>
        <source>Tán thành = số có quyền biểu quyết có mặt, không tán thành = 0</source>
        <translation>For = voters present, against = 0</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="107"/>
        <source>Ghi cho dòng đã chọn</source>
        <translation>Record for the selected row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="108"/>
        <source>Ghi cho mọi đề cử chưa biểu quyết</source>
        <translation>Record for every proposal not yet voted on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="109"/>
        <source>Biểu quyết bằng giơ tay</source>
        <translation>Show of hands</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="123"/>
        <source>Được thông qua khi số tán thành quá một nửa số người có quyền biểu quyết có mặt. Ban kiểm phiếu gồm đảng viên chính thức có mặt (thường 3 người, một người làm Trưởng ban).</source>
        <translation>Approved when more than half of the voters present are for. The tellers are official members present (usually 3, one of them head).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="153"/>
        <source>Trưởng ban kiểm phiếu</source>
        <translation>Head teller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="154"/>
        <source>Thành viên Ban kiểm phiếu</source>
        <translation>Teller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="163"/>
        <source>chưa biểu quyết</source>
        <translation>not voted yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="165"/>
        <source>thông qua (%1/%2 tán thành)</source>
        <translation>approved (%1/%2 for)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="167"/>
        <source>không thông qua (%1/%2 tán thành)</source>
        <translation>not approved (%1/%2 for)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="173"/>
        <source>Số có quyền biểu quyết có mặt: %1</source>
        <translation>Voters present: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="212"/>
        <source>Chưa có ai được điểm danh có mặt</source>
        <translation>Nobody is marked present yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="275"/>
        <source>chủ trì hội nghị</source>
        <translation>chair of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="276"/>
        <source>thư ký hội nghị</source>
        <translation>secretary of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="276"/>
        <source>thành viên Ban kiểm phiếu</source>
        <translation>a teller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="277"/>
        <source>Một người hai nhiệm vụ</source>
        <translation>One person, two duties</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="278"/>
        <source>Đồng chí {name} đã được đề cử làm {roles}. Ban kiểm phiếu kiểm phiếu và ký biên bản kiểm phiếu; chủ trì điều hành, thư ký ghi biên bản, hai người ký biên bản hội nghị: thường mỗi người một nhiệm vụ để kết quả được kiểm tra chéo. Vẫn đề cử đồng chí {name} làm {role}?</source>
        <translation>Comrade {name} is already proposed as {roles}. The tellers count the ballots and sign the tellers&apos; report; the chair leads, the secretary writes the minutes, and both sign them: usually each person has one duty, so that the results are checked by others. Propose comrade {name} as {role} all the same?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="282"/>
        <source> và </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../ui/pages/approvals.py" line="303"/>
        <source>Mọi đề cử đã được biểu quyết.</source>
        <translation>Every proposal has been voted on.</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <location filename="../../ui/review/assessment.py" line="35"/>
        <source>Hoàn thành 100% nhiệm vụ đúng tiến độ</source>
        <translation>All tasks 100% done on time</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="37"/>
        <source>Có sản phẩm vượt trội, trên 30% vượt mức</source>
        <translation>Outstanding results, over 30% exceeded</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="39"/>
        <source>Hạn chế, khuyết điểm đã khắc phục</source>
        <translation>Shortcomings remedied</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="41"/>
        <source>Trên 50% nhiệm vụ không hoàn thành</source>
        <translation>Over 50% of tasks not done</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="43"/>
        <source>Vi phạm (suy thoái, kỷ luật, điều cấm…)</source>
        <translation>Violation (degradation, discipline…)</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="45"/>
        <source>Vi phạm đã tự giác báo cáo, khắc phục</source>
        <translation>Violation self-reported and remedied</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="50"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="51"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="101"/>
        <source>Hội nghị chấm khác:</source>
        <translation>Meeting&apos;s own score:</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="102"/>
        <source>Hội nghị thống nhất điểm khác điểm tự chấm (ghi lý do)</source>
        <translation>The meeting agrees on a score other than the self-score (give the reason)</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="107"/>
        <source>Lý do hội nghị thay đổi điểm</source>
        <translation>Why the meeting changed the score</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="109"/>
        <source>Ghi</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="125"/>
        <source>Tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="115"/>
        <location filename="../../ui/review/assessment.py" line="188"/>
        <source>= %1/100 (chưa chia)</source>
        <translation>= %1/100 (not split)</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="191"/>
        <source>Điểm tự chấm đã ghi một con số, chưa chia tiêu chí chung (…/30) và kết quả thực hiện nhiệm vụ (…/70)</source>
        <translation>The self-score was recorded as one figure, not yet split into general criteria (…/30) and task results (…/70)</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="195"/>
        <source>Tổng điểm và khung điểm của mức xếp loại</source>
        <translation>The total and the band of levels it falls in</translation>
    </message>
    <message>
        <location filename="../../ui/review/assessment.py" line="240"/>
        <source>Lưu ý: mức %1 cao hơn khung điểm (%2 điểm thuộc mức %3).</source>
        <translation>Note: the level %1 is above the score&apos;s band (%2 points fall in %3).</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/tables/attendance.py" line="79"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/attendance.py" line="80"/>
        <source>Đảng viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/tables/attendance.py" line="81"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/tables/attendance.py" line="82"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/tables/attendance.py" line="83"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/tables/attendance.py" line="84"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/tables/attendance.py" line="111"/>
        <source>cần ghi lý do</source>
        <translation>reason needed</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance.py" line="95"/>
        <source>Số được triệu tập = đảng viên chính thức được triệu tập − loại trừ − vắng có lý do − miễn sinh hoạt vắng mặt. Đảng viên dự bị dự họp nhưng không biểu quyết.</source>
        <translation>Electorate = official members convened − excluded − absent with reason − absent exempt members. Probationary members attend but do not vote.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="54"/>
        <source>Đánh dấu có mặt cho người chưa điểm danh</source>
        <translation>Mark everyone not yet marked as present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="56"/>
        <source>Đánh dấu ô “Có mặt”, hoặc chọn ở cột “Điểm danh”; vắng có lý do và loại trừ cần ghi lý do.</source>
        <translation>Tick “Present”, or choose in the “Attendance” column; an absence with reason and an exclusion need the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="111"/>
        <source>Triệu tập {n}</source>
        <translation>Convened {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="111"/>
        <source>loại trừ {n}</source>
        <translation>excluded {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="112"/>
        <source>vắng có lý do {n}</source>
        <translation>absent with reason {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="113"/>
        <source>miễn sinh hoạt vắng mặt {n}</source>
        <translation>exempt and absent {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="114"/>
        <source>có mặt {present} ≥ 2/3</source>
        <translation>present {present} ≥ 2/3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="115"/>
        <source>có mặt {present} &lt; 2/3 (cần ít nhất {needed})</source>
        <translation>present {present} &lt; 2/3 (at least {needed} needed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="116"/>
        <source>Số có mặt dưới 2/3 số được triệu tập.</source>
        <translation>Fewer than 2/3 of the electorate are present.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="118"/>
        <source>Có mặt {present}, không quá một nửa của {electorate}: theo quy tắc mặc định (quá bán số được triệu tập) không mức xếp loại nào có thể được thông qua.</source>
        <translation>Present {present}, not more than half of {electorate}: under the default rule (more than half of the electorate) no level can pass.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="120"/>
        <source>Chưa có đảng viên chính thức nào được triệu tập.</source>
        <translation>No official member is convened yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="121"/>
        <source>không còn ai có quyền biểu quyết</source>
        <translation>nobody is left to vote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="122"/>
        <source>Còn {n} người chưa điểm danh.</source>
        <translation>{n} not yet marked.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="139"/>
        <source>Tệp hội nghị đã nhập ghi: số được triệu tập {convened}, có mặt {present}. Điểm danh tại đây sẽ thay thế các số này.</source>
        <translation>The imported meeting file declares: electorate {convened}, present {present}. Attendance recorded here replaces these numbers.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="169"/>
        <source>Không ghi được</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="193"/>
        <source>Vòng {rounds} chưa nhập phiếu nên cập nhật theo điểm danh: số được triệu tập {electorate}, có quyền biểu quyết có mặt {present}.</source>
        <translation>No ballot keyed yet in round {rounds}, so it follows the roll call: electorate {electorate}, voters present {present}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="199"/>
        <source>Đảng viên miễn sinh hoạt không được đánh dấu có mặt tự động (có mặt thì được tính vào số triệu tập): {names}.</source>
        <translation>Members exempt from party activities are never marked present in bulk (if present, they count in the electorate): {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="209"/>
        <source>{name}: chưa ghi lý do ({mark}).</source>
        <translation>{name}: no reason given ({mark}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="46"/>
        <source>Chuyển sang bước {step}</source>
        <translation>Moved to step {step}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="48"/>
        <source>Trước khi nâng cấp cơ sở dữ liệu</source>
        <translation>Before upgrading the database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="49"/>
        <source>Trước khi khôi phục (dữ liệu lúc đó)</source>
        <translation>Before a restore (the data at that time)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="50"/>
        <source>Sao lưu thủ công</source>
        <translation>Backed up by hand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="65"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="70"/>
        <source>Cơ sở dữ liệu trên máy chủ: ứng dụng lưu tệp xuất của hội nghị đang mở (danh sách, quy tắc, các vòng biểu quyết và kết quả) mỗi khi chuyển bước; giữ {keep} bản gần nhất. Khôi phục tạo một hội nghị mới từ tệp đó; hội nghị đang mở giữ nguyên.</source>
        <translation>Database on a server: the app keeps the open meeting&apos;s export file (roster, rules, ballot rounds and results) at each step change; the newest {keep} are kept. Restoring makes a new meeting from that file; the open meeting stays as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="74"/>
        <source>Ứng dụng tự sao lưu trước khi nâng cấp cơ sở dữ liệu, mỗi khi chuyển bước và trước khi khôi phục; giữ {keep} bản gần nhất. Khôi phục đưa toàn bộ dữ liệu về lúc sao lưu; dữ liệu hiện tại được sao lưu trước, và việc khôi phục được ghi vào nhật ký.</source>
        <translation>The app backs up the database before an upgrade, at each step change and before a restore; the newest {keep} are kept. Restoring brings all data back to the time of the backup; the current data is backed up first, and the restore is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="82"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="82"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="82"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="94"/>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="96"/>
        <source>&amp;Khôi phục bản đã chọn…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="98"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="137"/>
        <source>Không sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="145"/>
        <location filename="../../ui/dialogs/backups.py" line="163"/>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="146"/>
        <source>Đưa toàn bộ dữ liệu về lúc {when} ({reason})? Mọi thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng (dữ liệu hiện tại được sao lưu trước).</source>
        <translation>Bring all data back to {when} ({reason})? Every change after that time will no longer be in the data in use (the current data is backed up first).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="153"/>
        <location filename="../../ui/dialogs/backups.py" line="171"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="164"/>
        <source>Tạo một hội nghị mới từ bản sao lưu lúc {when} ({reason})? Hội nghị đang mở giữ nguyên; hội nghị mới được mở sau khi tạo.</source>
        <translation>Make a new meeting from the backup of {when} ({reason})? The open meeting stays as it is; the new one is opened once made.</translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <location filename="../../ui/ballot/page.py" line="74"/>
        <source>[Đã khóa] </source>
        <translation>[Locked] </translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="76"/>
        <source>phiên bản {0} · </source>
        <translation>revision {0} · </translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="78"/>
        <source>{0} đối tượng</source>
        <translation>{0} subjects</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="103"/>
        <source>Các vòng biểu quyết</source>
        <translation>Ballot rounds</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="115"/>
        <source>Mở vòng mới</source>
        <translation>Open a new round</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="118"/>
        <source>Nhập hai lần (hai người nhập độc lập)</source>
        <translation>Double entry (two tellers key independently)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="143"/>
        <source>1. Đối chiếu phiếu</source>
        <translation>1. Reconciliation</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="144"/>
        <source>2. Nhập phiếu</source>
        <translation>2. Ballot entry</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="145"/>
        <source>Máy quét (nếu có)</source>
        <translation>Scanner (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="146"/>
        <source>3. Chênh lệch</source>
        <translation>3. Differences</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="147"/>
        <source>4. Kết quả</source>
        <translation>4. Result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="173"/>
        <source>Chưa mở vòng nào: bấm «Mở vòng mới» để bắt đầu.</source>
        <translation>No round open yet: press “Open a new round” to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="185"/>
        <source>Không xếp loại: {0}</source>
        <translation>Not rated: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="260"/>
        <source>Chưa nên mở vòng</source>
        <translation>Not time to open the round yet</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="261"/>
        <source>Còn thiếu: {0}. Vẫn mở vòng? Điều này được ghi lại cùng vòng.</source>
        <translation>Still missing: {0}. Open the round anyway? This is recorded with the round.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="298"/>
        <source>Chưa có vòng biểu quyết nào</source>
        <translation>No ballot round yet</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/page.py" line="300"/>
        <source>Vòng “{0}” chưa khóa (chưa ký biên bản kiểm phiếu)</source>
        <translation>Round “{0}” is not locked (the tellers&apos; report is not signed)</translation>
    </message>
</context>
<context>
    <name>BallotTables</name>
    <message>
        <location filename="../../ui/ballot/tables.py" line="49"/>
        <source>Tổ chức đảng</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="50"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="51"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="206"/>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="284"/>
        <source>Phiếu cần
xem lại</source>
        <translation>Ballots
to check</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="285"/>
        <source>nhập theo tổng số: đếm lại cả xấp</source>
        <translation>keyed as totals: recount the whole pile</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="340"/>
        <source>Tự xếp loại</source>
        <translation>Self-rating</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="341"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="342"/>
        <source>Tỷ lệ</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="343"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="344"/>
        <source>Giải thích</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="347"/>
        <source>trong tỷ lệ</source>
        <translation>within the quota</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="348"/>
        <source>ngang phiếu</source>
        <translation>tied</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="349"/>
        <source>vượt tỷ lệ</source>
        <translation>over the quota</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="350"/>
        <source>cần quyết định</source>
        <translation>decision needed</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/tables.py" line="351"/>
        <source>cấp ủy cấp trên quyết định</source>
        <translation>the committee above decides</translation>
    </message>
</context>
<context>
    <name>ClockField</name>
    <message>
        <location filename="../../ui/widgets/clock_field.py" line="35"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/clock_field.py" line="38"/>
        <source>Bây giờ</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/clock_field.py" line="39"/>
        <source>Ghi giờ hiện tại</source>
        <translation>Record the current time</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../ui/pages/closing.py" line="45"/>
        <source>Kết luận của chủ trì: ưu điểm, hạn chế, khuyết điểm chủ yếu; kết quả đánh giá, xếp loại; yêu cầu khắc phục…</source>
        <translation>The chair&apos;s conclusions: main strengths, limitations and shortcomings; the rating results; what must be remedied…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="49"/>
        <source>Cam kết khắc phục hạn chế, khuyết điểm của tập thể và cá nhân</source>
        <translation>Commitments to remedy the shortcomings of the collective and of each member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="51"/>
        <source>Nhập kết luận từ tệp…</source>
        <translation>Import conclusions from a file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="52"/>
        <source>Ghi kết luận</source>
        <translation>Record the conclusions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="54"/>
        <source>Kết luận của chủ trì hội nghị</source>
        <translation>The chair&apos;s conclusions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="57"/>
        <source>Cam kết</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="67"/>
        <source>Nhất trí 100%</source>
        <translation>Unanimous</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="68"/>
        <source>Ghi biểu quyết</source>
        <translation>Record the vote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="71"/>
        <source>Thông qua biên bản và bế mạc</source>
        <translation>Adopting the minutes and closing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="74"/>
        <source>Tán thành</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="76"/>
        <source>Không tán thành</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="81"/>
        <source>Biểu quyết thông qua biên bản</source>
        <translation>Vote adopting the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="83"/>
        <source>Giờ bế mạc</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="107"/>
        <location filename="../../ui/pages/closing.py" line="165"/>
        <source>Từ tệp: %1</source>
        <translation>From file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="132"/>
        <source>Biên bản đã được thông qua: %1/%2 tán thành, %3 không tán thành: thông qua (quá bán)</source>
        <translation>The minutes are adopted: %1/%2 for, %3 against: adopted (more than half)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="134"/>
        <source>Biên bản chưa được thông qua: %1/%2 tán thành, %3 không tán thành: không thông qua (không quá bán)</source>
        <translation>The minutes are not adopted: %1/%2 for, %3 against: not adopted (not more than half)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="140"/>
        <source>Chưa biểu quyết (%1 người có quyền biểu quyết có mặt).</source>
        <translation>Not voted yet (%1 voters present).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="150"/>
        <source>Đã ghi kết luận.</source>
        <translation>Conclusions recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="154"/>
        <source>Nhập kết luận</source>
        <translation>Import the conclusions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="155"/>
        <source>Văn bản (*.docx *.txt *.md)</source>
        <translation>Documents (*.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="185"/>
        <source>Giờ bế mạc không hợp lệ (hh:mm).</source>
        <translation>Invalid closing time (hh:mm).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="189"/>
        <source>Đã ghi giờ bế mạc.</source>
        <translation>Closing time recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/closing.py" line="195"/>
        <source>Đã đủ kết luận, biên bản được thông qua và giờ bế mạc: bấm “Kết thúc hội nghị” (nút bước sau) để kết thúc hội nghị.</source>
        <translation>The conclusions, the adopted minutes and the closing time are recorded: press “Close the meeting” (the next-step button) to close the meeting.</translation>
    </message>
</context>
<context>
    <name>CollectiveReviewPage</name>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="47"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="43"/>
        <source>Mức đề xuất</source>
        <translation>Proposed level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="52"/>
        <source>Tập thể tự chấm điểm và đề xuất mức xếp loại</source>
        <translation>The collective&apos;s self-score and proposed level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="57"/>
        <source>Thời gian phát biểu</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="60"/>
        <source>Tối đa mỗi người</source>
        <translation>Limit per speaker</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="106"/>
        <source>Đã ghi.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="126"/>
        <source>Chưa nhập dự thảo báo cáo kiểm điểm.</source>
        <translation>No draft review report imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="130"/>
        <source>Còn %1 ý kiến chưa xử lý.</source>
        <translation>%1 comments not yet handled.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="133"/>
        <source>Chưa ghi điểm tập thể tự chấm.</source>
        <translation>The collective&apos;s self-score is not recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/collective_review.py" line="135"/>
        <source>Chưa có mức xếp loại đề xuất.</source>
        <translation>No proposed level yet.</translation>
    </message>
</context>
<context>
    <name>CommentForm</name>
    <message>
        <location filename="../../ui/review/comment_form.py" line="46"/>
        <source>Chung (cả dự thảo)</source>
        <translation>General (the whole draft)</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="47"/>
        <source>Số đoạn được góp ý; 0: ý kiến chung (Ctrl+L)</source>
        <translation>Number of the paragraph commented on; 0: a general comment (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="51"/>
        <source>Ý kiến của cấp ủy</source>
        <translation>The committee&apos;s comment</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="56"/>
        <source>Gõ số 1–5 để chọn loại ý kiến</source>
        <translation>Type 1–5 to choose the kind of comment</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="58"/>
        <source>Nội dung ý kiến</source>
        <translation>The comment</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="60"/>
        <source>Đề nghị sửa thành…</source>
        <translation>Proposed wording…</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="61"/>
        <location filename="../../ui/review/comment_form.py" line="174"/>
        <source>Ghi ý kiến</source>
        <translation>Record the comment</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="62"/>
        <source>Enter ở ô cuối, hoặc Ctrl+Enter</source>
        <translation>Enter in the last field, or Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="63"/>
        <source>Thôi sửa</source>
        <translation>Stop editing</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="75"/>
        <source>Đoạn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="76"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="77"/>
        <source>Loại ý kiến</source>
        <translation>Kind of comment</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="78"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="79"/>
        <source>Sửa thành</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="146"/>
        <source>Góp ý vào: “%1”</source>
        <translation>Comment on: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="150"/>
        <source>Chọn câu chữ trong đoạn để góp ý vào đúng chỗ đó.</source>
        <translation>Select words in the paragraph to comment on exactly that place.</translation>
    </message>
    <message>
        <location filename="../../ui/review/comment_form.py" line="161"/>
        <source>Ghi sửa đổi</source>
        <translation>Record the change</translation>
    </message>
</context>
<context>
    <name>CommentModel</name>
    <message>
        <location filename="../../ui/review/models.py" line="171"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="172"/>
        <source>Đoạn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="173"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="174"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="175"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="176"/>
        <source>Xử lý</source>
        <translation>Handling</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="90"/>
        <source>Chỉ máy chủ tọa</source>
        <translation>The chair&apos;s laptop only</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="53"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="57"/>
        <source>Ứng dụng gặp một lỗi chưa lường trước. Mọi thay đổi đã ghi vẫn được giữ nguyên; có thể tiếp tục hội nghị. Hãy sao chép báo cáo dưới đây và gửi cho người hỗ trợ.</source>
        <translation>The application met an unexpected error. Every change already recorded is kept; the meeting can go on. Please copy the report below and send it to your support person.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="65"/>
        <source>Sao chép báo cáo</source>
        <translation>Copy the report</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="67"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="34"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="37"/>
        <source>Lịch…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="38"/>
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the day on a calendar</translation>
    </message>
</context>
<context>
    <name>DifferencesView</name>
    <message>
        <location filename="../../ui/ballot/review.py" line="82"/>
        <source>Thống nhất số liệu</source>
        <translation>Agree the counts</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="99"/>
        <source>{0} đối tượng có số liệu khác nhau giữa hai bản nhập: kiểm lại phiếu, sửa bản nhập sai.</source>
        <translation>{0} subjects differ between the two entries: recount the ballots and correct the wrong entry.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="103"/>
        <source>Rút các phiếu giấy số {0} (số thứ tự khi nhập, cột «Phiếu cần xem lại») để xem lại.</source>
        <translation>Pull paper ballots number {0} (their place in the pile as keyed, column “Ballots to check”) and check them.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="107"/>
        <source>Một bản nhập theo tổng số nên không biết phiếu nào khác: đếm lại cả xấp phiếu cho các dòng này.</source>
        <translation>One entry was keyed as totals, so which ballots differ is not known: recount the whole pile for these rows.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="110"/>
        <source>Các bản nhập khớp nhau ({0}).</source>
        <translation>The entries agree ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="126"/>
        <source>Đã ghi số liệu thống nhất.</source>
        <translation>The agreed counts are recorded.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/documents/dialogs.py" line="18"/>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialogs.py" line="19"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialogs.py" line="34"/>
        <source>In tài liệu</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/entry.py" line="60"/>
        <source>Tài &amp;liệu</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/entry.py" line="61"/>
        <source>&amp;Xem, in và lưu tài liệu…</source>
        <translation>&amp;View, print and save documents…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/entry.py" line="70"/>
        <source>Tài liệu…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/entry.py" line="71"/>
        <source>Xem, in và lưu tài liệu của bước này ({keys})</source>
        <translation>View, print and save this step&apos;s documents ({keys})</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <location filename="../../ui/documents/window.py" line="91"/>
        <source>Tài liệu của hội nghị</source>
        <translation>Documents of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="129"/>
        <source>Tạo &amp;lại</source>
        <translation>Make &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="130"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="131"/>
        <source>Lưu &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="132"/>
        <source>Lưu .&amp;docx…</source>
        <translation>Save .&amp;docx…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="133"/>
        <source>Tạo lại tài liệu từ dữ liệu hiện tại</source>
        <translation>Make the document again from the current data</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="135"/>
        <source>Biên bản hội nghị, kết quả xếp loại, danh sách đề nghị và các mẫu kiểm điểm có bản Word để hoàn thiện tiếp</source>
        <translation>The minutes, the result sheet, the proposal list and the review forms also come as Word files to finish in Word</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="152"/>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="295"/>
        <source>Đang tạo</source>
        <translation>Making</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="295"/>
        <source>Đang lưu</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="296"/>
        <source>Đang in</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="299"/>
        <source>trang {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="320"/>
        <location filename="../../ui/documents/window.py" line="420"/>
        <source>Đã lưu {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="320"/>
        <source>Đã gửi {file} tới máy in.</source>
        <translation>Sent {file} to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="331"/>
        <source>Không tạo được tài liệu</source>
        <translation>The document could not be made</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="332"/>
        <location filename="../../ui/documents/window.py" line="417"/>
        <source>Không lưu được tài liệu</source>
        <translation>The document could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="333"/>
        <source>Không in được tài liệu</source>
        <translation>The document could not be printed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="352"/>
        <source>Không đọc được bản xem trước.</source>
        <translation>The preview could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="357"/>
        <source>{pages} trang.</source>
        <translation>{pages} pages.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="358"/>
        <location filename="../../ui/documents/window.py" line="376"/>
        <source>Dữ liệu đã thay đổi; bấm “Tạo lại” để cập nhật.</source>
        <translation>The data has changed; press “Make again” to update.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="410"/>
        <source>Lưu tài liệu PDF</source>
        <translation>Save PDF document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/window.py" line="427"/>
        <source>Lưu văn bản Word</source>
        <translation>Save Word document</translation>
    </message>
</context>
<context>
    <name>DoubtfulView</name>
    <message>
        <location filename="../../ui/ballot/scan.py" line="119"/>
        <source>Phím: 1 = HTXSNV · 2 = HTTNV · 3 = HTNV · 4 = KHTNV · 0 hoặc Delete = dòng không hợp lệ · ← → dòng trước, dòng sau</source>
        <translation>Keys: 1 = HTXSNV · 2 = HTTNV · 3 = HTNV · 4 = KHTNV · 0 or Delete = invalid row · ← → previous, next row</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="138"/>
        <source>Không có dòng nào máy quét chưa đọc rõ.</source>
        <translation>The scanner read every row clearly.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="144"/>
        <source>Dòng chưa rõ {0}/{1}: TT {2} · {3}</source>
        <translation>Doubtful row {0}/{1}: No. {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="153"/>
        <source>Đã quyết định: {0}</source>
        <translation>Decided: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="154"/>
        <source>Chưa quyết định</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="155"/>
        <source>còn {0} dòng chưa quyết định</source>
        <translation>{0} rows left to decide</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="106"/>
        <location filename="../../ui/review/draft_panel.py" line="315"/>
        <source>Nhập dự thảo…</source>
        <translation>Import a draft…</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="107"/>
        <source>Dán văn bản…</source>
        <translation>Paste text…</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="108"/>
        <source>Xuất tổng hợp ý kiến…</source>
        <translation>Export the comments digest…</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="109"/>
        <source>Xuất dự thảo đã sửa…</source>
        <translation>Export the revised draft…</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="127"/>
        <source>Chọn một đoạn; bôi đen câu chữ để góp ý vào đúng chỗ đó.</source>
        <translation>Choose a paragraph; select words to comment on exactly that place.</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="133"/>
        <source>Chỉ đoạn đang chọn</source>
        <translation>Only the chosen paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="135"/>
        <source>Lọc theo tên</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="137"/>
        <source>Mọi loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="141"/>
        <source>Mọi cách xử lý</source>
        <translation>Any handling</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="162"/>
        <source>Ghi chú xử lý</source>
        <translation>Handling note</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="166"/>
        <source>Ghi xử lý</source>
        <translation>Record the handling</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="167"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="168"/>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="282"/>
        <source>Chưa có dự thảo</source>
        <translation>No draft yet</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="284"/>
        <source>Dự thảo báo cáo kiểm điểm tập thể</source>
        <translation>Draft collective review report</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="286"/>
        <source>Bản tự kiểm điểm của đồng chí %1</source>
        <translation>Self-review of comrade %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="307"/>
        <source>Phiên bản %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="314"/>
        <source>Nhập phiên bản mới…</source>
        <translation>Import a new version…</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="325"/>
        <source>Nhập dự thảo (.docx, .txt, .md) hoặc dán văn bản; có thể ghi ý kiến chung ngay cả khi chưa có dự thảo.</source>
        <translation>Import a draft (.docx, .txt, .md) or paste the text; general comments can be recorded even without a draft.</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="349"/>
        <source>So với phiên bản %1: %2 đoạn sửa (tô vàng), %3 đoạn mới (tô xanh), %4 đoạn bỏ</source>
        <translation>Against version %1: %2 paragraphs changed (yellow), %3 new (green), %4 removed</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="353"/>
        <source>đoạn</source>
        <translation>paragraphs</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="438"/>
        <source>Ý kiến này không còn nữa.</source>
        <translation>This comment no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="487"/>
        <source>Chọn một ý kiến trong danh sách để ghi xử lý.</source>
        <translation>Choose a comment in the list to record its handling.</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="513"/>
        <source>Xóa ý kiến</source>
        <translation>Remove the comment</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="513"/>
        <source>Xóa ý kiến đang chọn?</source>
        <translation>Remove the chosen comment?</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="531"/>
        <location filename="../../ui/review/draft_panel.py" line="543"/>
        <source>Không nhập được dự thảo</source>
        <translation>The draft could not be imported</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="553"/>
        <source>Đã nhập phiên bản %1 (%2): %3 đoạn.</source>
        <translation>Imported version %1 (%2): %3 paragraphs.</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="559"/>
        <source>Lưu tổng hợp ý kiến góp ý</source>
        <translation>Save the comments digest</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="571"/>
        <source>Lưu dự thảo đã sửa</source>
        <translation>Save the revised draft</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="591"/>
        <source>Không lưu được tệp</source>
        <translation>The file could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/review/draft_panel.py" line="593"/>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../ui/ballot/entry.py" line="82"/>
        <source>Không ghi được vào cơ sở dữ liệu (mất kết nối tới máy chủ?): phím vừa gõ chưa được lưu. Gõ lại khi kết nối trở lại; những gì đã lưu vẫn còn.</source>
        <translation>Could not write to the database (connection to the server lost?): the key just typed was not saved. Type it again once the connection is back; what was saved is still there.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="497"/>
        <source>Người nhập (thành viên Ban kiểm phiếu):</source>
        <translation>Entered by (teller):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="500"/>
        <source>Cách nhập:</source>
        <translation>Entry mode:</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="502"/>
        <source>Từng phiếu (như trên giấy)</source>
        <translation>Per ballot (as on paper)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="503"/>
        <source>Tổng số từng người</source>
        <translation>Totals per subject</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="505"/>
        <source>Bắt đầu nhập</source>
        <translation>Start entry</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="530"/>
        <source>Đổi người nhập</source>
        <translation>Change teller</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="555"/>
        <source> (Trưởng ban)</source>
        <translation> (head teller)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="558"/>
        <source>Chưa có thành viên Ban kiểm phiếu được biểu quyết (bước 3).</source>
        <translation>No teller has been approved yet (step 3).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="590"/>
        <source>{teller} ({station}, từng phiếu): {done}/{of} phiếu</source>
        <translation>{teller} ({station}, per ballot): {done}/{of} ballots</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="592"/>
        <source>{teller} ({station}, tổng số): {done}/{of} đối tượng</source>
        <translation>{teller} ({station}, totals): {done}/{of} subjects</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="598"/>
        <source>Máy đang kết nối: {0}</source>
        <translation>Stations connected: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="614"/>
        <source>Người nhập đang ở máy khác</source>
        <translation>The teller is at another station</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="615"/>
        <source>{0}

Nhận tiếp bản nhập ở máy này? Chỉ chọn “Có” khi máy kia đã ngừng nhập: từ đó máy kia không sửa được bản nhập này nữa.</source>
        <translation>{0}

Take the entry over at this station? Choose “Yes” only when the other station has stopped: from then on it can no longer change this entry.</translation>
    </message>
</context>
<context>
    <name>FinishedDialog</name>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="30"/>
        <source>Hội nghị đã kết thúc</source>
        <translation>The meeting is closed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="32"/>
        <source>Hội nghị đã kết thúc và được ghi lại. Việc còn lại:

• In biên bản hội nghị, biên bản kiểm phiếu và các tài liệu khác để thư ký, chủ trì (và Ban kiểm phiếu) ký.
• Xuất tệp lưu trữ của hội nghị (một tệp .json) ra thư mục Tài liệu hoặc USB để lưu hồ sơ và chuyển sang máy khác.

Cả hai việc đều làm lại được sau này: menu “Tài liệu” và “Hội nghị → Xuất tệp lưu trữ…”.</source>
        <translation>The meeting is closed and recorded. What remains:

• Print the minutes, the tellers&apos; report and the other documents for the secretary, the chair (and the tellers) to sign.
• Export an archive of the meeting (one .json file) to Documents or a USB stick, for the records and for another laptop.

Both can be done later too: the “Documents” menu and “Meeting → Export an archive…”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="41"/>
        <source>Xem, in tài liệu…</source>
        <translation>View, print the documents…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="43"/>
        <source>Xuất tệp lưu trữ…</source>
        <translation>Export an archive…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="45"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="84"/>
        <source>Xuất tệp lưu trữ hội nghị</source>
        <translation>Export an archive of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="85"/>
        <source>Tệp hội nghị (*.json)</source>
        <translation>Meeting file (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="91"/>
        <source>Không ghi được tệp</source>
        <translation>Could not write the file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="92"/>
        <source>Không ghi được “{file}”: {error}</source>
        <translation>Could not write “{file}”: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="95"/>
        <source>Đã xuất tệp lưu trữ</source>
        <translation>Archive exported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finished.py" line="95"/>
        <source>Đã ghi hội nghị vào “{file}”. Mở lại trên máy khác bằng lệnh nhập (import) hoặc giữ làm hồ sơ.</source>
        <translation>The meeting was written to “{file}”. Open it on another laptop with the import command, or keep it for the records.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="38"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide.py" line="43"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/guide.py" line="44"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HostGuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="44"/>
        <source>Thiết lập máy chủ cho các máy nhập phiếu</source>
        <translation>Setting up the host for the teller stations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="52"/>
        <source>Mã PIN của các máy nhập phiếu (4–8 chữ số):</source>
        <translation>The teller stations&apos; PIN (4–8 digits):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="58"/>
        <source>Đặt mã PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="67"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="73"/>
        <source>Máy này là máy nhập phiếu: mã PIN do máy chủ tọa đặt.</source>
        <translation>This is a teller station: the PIN is set on the chair&apos;s laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="83"/>
        <source>1. Cài PostgreSQL trên máy chủ tọa (một lần)</source>
        <translation>1. Install PostgreSQL on the chair&apos;s laptop (once)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="84"/>
        <source>Windows: tải trình cài đặt PostgreSQL tại &lt;a href=&apos;https://www.postgresql.org/download/windows/&apos;&gt;postgresql.org&lt;/a&gt;, cài với các lựa chọn mặc định và ghi nhớ mật khẩu của người dùng postgres. Linux: gõ</source>
        <translation>Windows: download the PostgreSQL installer from &lt;a href=&apos;https://www.postgresql.org/download/windows/&apos;&gt;postgresql.org&lt;/a&gt;, install it with the default choices and remember the password of the postgres user. Linux: type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="89"/>
        <source>2. Tạo cơ sở dữ liệu của hội nghị (một lần)</source>
        <translation>2. Create the meeting&apos;s database (once)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="90"/>
        <source>Mở “SQL Shell (psql)” (Windows) hoặc gõ “sudo -u postgres psql” (Linux), rồi gõ hai dòng dưới đây, thay MATKHAU bằng một mật khẩu riêng:</source>
        <translation>Open “SQL Shell (psql)” (Windows) or type “sudo -u postgres psql” (Linux), then type the two lines below, replacing MATKHAU with a password of your own:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="95"/>
        <source>3. Cho các máy trong phòng kết nối (một lần)</source>
        <translation>3. Let the laptops in the room connect (once)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="96"/>
        <source>Trong tệp postgresql.conf đặt dòng đầu; trong tệp pg_hba.conf thêm dòng thứ hai; khởi động lại dịch vụ PostgreSQL và mở cổng 5432 trên tường lửa cho mạng riêng (Private):</source>
        <translation>Put the first line in postgresql.conf and add the second to pg_hba.conf; restart the PostgreSQL service and open port 5432 in the firewall for private networks:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="101"/>
        <source>4. Chuyển hội nghị sang máy chủ</source>
        <translation>4. Move the meeting to the server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="104"/>
        <source>Cửa sổ này đang mở cơ sở dữ liệu trên máy chủ: bước này đã xong.</source>
        <translation>This window has the database on the server open: this step is done.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="107"/>
        <source>Xuất hội nghị đang mở ra tệp, rồi nhập tệp đó vào máy chủ:</source>
        <translation>Export the open meeting to a file, then import that file into the server:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="112"/>
        <source>5. Mở cửa sổ chủ tọa trên máy chủ</source>
        <translation>5. Open the chair&apos;s window on the server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="114"/>
        <source>6. Đặt mã PIN (ô dưới đây)</source>
        <translation>6. Set the PIN (the box below)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="115"/>
        <source>Máy nhập phiếu nào cũng phải gõ mã này để vào hội nghị. Máy nhập phiếu chỉ nhập được phiếu của mình; điểm danh, quy tắc, đối chiếu phiếu, thống nhất kết quả và khóa vòng chỉ làm ở máy chủ tọa.</source>
        <translation>Every teller station types this PIN to join the meeting. A teller station keys its own pile only; attendance, the rules, the ballot reconciliation, the agreement and the lock are done on the chair&apos;s laptop only.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="119"/>
        <source>7. Trên mỗi máy nhập phiếu</source>
        <translation>7. On each teller station</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="120"/>
        <source>Cài Hội nghị như trên máy chủ tọa, nối vào cùng mạng, rồi gõ (đổi “Tổ 2” thành tên của máy, MATKHAU thành mật khẩu ở bước 2):</source>
        <translation>Install Hội nghị as on the chair&apos;s laptop, join the same network, then type (with the station&apos;s name instead of “Tổ 2” and the password of step 2 instead of MATKHAU):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="125"/>
        <source>Địa chỉ của máy này: {0}</source>
        <translation>This laptop&apos;s address: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="126"/>
        <source>chưa nối mạng</source>
        <translation>no network</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="131"/>
        <source>Đã đặt mã PIN; đặt lại thì các máy vào sau dùng mã mới.</source>
        <translation>The PIN is set; set it again and stations joining later use the new one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/host_guide.py" line="133"/>
        <source>Chưa đặt mã PIN: chưa máy nhập phiếu nào vào được.</source>
        <translation>No PIN set yet: no teller station can join.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="115"/>
        <source>Nhập bảng tự chấm điểm từ “{file}”</source>
        <translation>Import self-scores from “{file}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="116"/>
        <source>Nhập danh sách từ “{file}”</source>
        <translation>Import the roster from “{file}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="123"/>
        <source>Mọi chi bộ trong tệp ({n})</source>
        <translation>Every cell in the file ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="130"/>
        <source>Chỉ nhập đảng viên của:</source>
        <translation>Import only the members of:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="134"/>
        <source>Chọn một chi bộ khi hội nghị là của chi bộ đó: các dòng của chi bộ khác được bỏ qua; người được nhập không ghi kèm tên chi bộ, và tên chi bộ viết trong chức vụ được bỏ đi.</source>
        <translation>Choose a cell when the meeting is that cell&apos;s: rows of other cells are left out; the members imported carry no cell name, and a cell&apos;s name written into a position is taken out.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="177"/>
        <source>{changed} thay đổi, {unchanged} không đổi, {rejected} bị từ chối.</source>
        <translation>{changed} changed, {unchanged} unchanged, {rejected} rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="178"/>
        <source>{new} mới, {changed} thay đổi, {unchanged} không đổi, {rejected} bị từ chối.</source>
        <translation>{new} new, {changed} changed, {unchanged} unchanged, {rejected} rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="185"/>
        <source>Bỏ qua {n} dòng của các chi bộ khác.</source>
        <translation>Left out {n} rows of other cells.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="186"/>
        <source>Người có trong danh sách nhưng không có trong tệp vẫn được giữ nguyên.</source>
        <translation>Members on the roster but not in the file stay as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="189"/>
        <source>Ô để trống không thay đổi gì.</source>
        <translation>An empty cell changes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="191"/>
        <source>Bỏ qua các cột: {columns}.</source>
        <translation>Columns ignored: {columns}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="195"/>
        <source>Ghi điểm của {n} đồng chí</source>
        <translation>Save the scores of {n} members</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="196"/>
        <source>Ghi {n} dòng vào danh sách</source>
        <translation>Write {n} rows to the roster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="157"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="34"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="35"/>
        <source>Thay đổi</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="36"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="37"/>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="65"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="66"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="67"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="68"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="69"/>
        <source>Thay đổi / lý do</source>
        <translation>Changes / reason</translation>
    </message>
</context>
<context>
    <name>IndividualReviewsPage</name>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="75"/>
        <source>▲ Lên</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="77"/>
        <source>▼ Xuống</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="91"/>
        <source>Ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="94"/>
        <source>Mẫu bản kiểm điểm (Hướng dẫn 43-HD/BTCTW)</source>
        <translation>Self-review form (Guidance 43-HD/BTCTW)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="95"/>
        <source>Nhập bảng điểm…</source>
        <translation>Import scores…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="97"/>
        <source>Nhập điểm tự chấm, mức tự xếp loại và điều kiện của từng đảng viên từ bảng tính .xlsx / .csv (một dòng một người)</source>
        <translation>Import each member&apos;s self-score, self-rating and conditions from a .xlsx / .csv sheet (one row per member)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="99"/>
        <source>Đã kiểm điểm xong</source>
        <translation>Review finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="103"/>
        <source>Tóm tắt bản tự kiểm điểm (khi không có tệp): ưu điểm, hạn chế, hướng khắc phục…</source>
        <translation>Summary of the self-review (when there is no file): strengths, shortcomings, remedies…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="105"/>
        <source>Ghi tóm tắt</source>
        <translation>Record the summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="113"/>
        <source>Thứ tự kiểm điểm</source>
        <translation>Order of the reviews</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="124"/>
        <source>Tự chấm điểm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="92"/>
        <location filename="../../ui/pages/individual_reviews.py" line="126"/>
        <source>Tự xếp loại</source>
        <translation>Self-rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="130"/>
        <source>Mẫu</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="192"/>
        <source>Chọn một đồng chí trong danh sách trước.</source>
        <translation>Choose a member in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="242"/>
        <source>Không có đảng viên nào cần kiểm điểm.</source>
        <translation>No member to review.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="246"/>
        <source>Đồng chí</source>
        <translation>Comrade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="283"/>
        <source>Đã ghi điểm, điều kiện và mức tự xếp loại.</source>
        <translation>Scores, conditions and self-rating saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="284"/>
        <source>Đã ghi tự chấm điểm và tự xếp loại.</source>
        <translation>Self-score and self-rating recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="290"/>
        <source>%1 (theo chức vụ)</source>
        <translation>%1 (by position)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="303"/>
        <source>Chọn bảng điểm tự chấm</source>
        <translation>Choose the self-score sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="304"/>
        <source>Bảng tính hoặc CSV (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheet or CSV (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="313"/>
        <location filename="../../ui/pages/individual_reviews.py" line="322"/>
        <source>Không nhập được</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="325"/>
        <source>Đã nhập điểm của %1 đồng chí.</source>
        <translation>Imported the scores of %1 members.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="347"/>
        <source>Đã ghi tóm tắt.</source>
        <translation>Summary recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/individual_reviews.py" line="374"/>
        <source>Còn %1 đồng chí chưa kiểm điểm xong: %2.</source>
        <translation>%1 members not yet reviewed: %2.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../services/common/labels.py" line="40"/>
        <source>Chính thức</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="41"/>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="43"/>
        <source>Đình chỉ sinh hoạt</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="55"/>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="56"/>
        <source>Đảng ủy</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="47"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="48"/>
        <source>Vắng có lý do</source>
        <translation>Absent with reason</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="49"/>
        <source>Vắng không lý do</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="32"/>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Excellent (HTXSNV)</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="33"/>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Good (HTTNV)</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="34"/>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Completed (HTNV)</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="35"/>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Not completed (KHTNV)</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="42"/>
        <source>Miễn công tác và sinh hoạt đảng</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="50"/>
        <source>Không tính vào số triệu tập</source>
        <translation>Not counted as convened</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="52"/>
        <source>Chưa điểm danh</source>
        <translation>Not yet marked</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="60"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="61"/>
        <source>Quý I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="62"/>
        <source>Quý II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="63"/>
        <source>Quý III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="64"/>
        <source>Quý IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="68"/>
        <source>Tán thành</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="69"/>
        <source>Bổ sung</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="70"/>
        <source>Đề nghị sửa</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="71"/>
        <source>Không tán thành</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="72"/>
        <source>Câu hỏi</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="76"/>
        <source>Tiếp thu</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="77"/>
        <source>Tiếp thu một phần</source>
        <translation>Partly accepted</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="78"/>
        <source>Không tiếp thu</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="79"/>
        <source>Ghi nhận</source>
        <translation>Noted</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="81"/>
        <source>Chưa xử lý</source>
        <translation>Not handled</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="85"/>
        <source>đảng viên</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../services/common/labels.py" line="86"/>
        <source>chi bộ</source>
        <translation>cells</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <location filename="../../ui/main_controller.py" line="93"/>
        <location filename="../../ui/main_controller.py" line="96"/>
        <source>Chưa có hội nghị nào</source>
        <translation>No meeting yet</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="94"/>
        <source>Máy chủ tọa chưa mở hội nghị nào trên cơ sở dữ liệu này. Mở hội nghị ở máy chủ tọa trước, rồi mở lại máy nhập phiếu.</source>
        <translation>The chair&apos;s laptop has opened no meeting in this database yet. Open the meeting on the chair&apos;s laptop first, then start the teller station again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="97"/>
        <source>Cơ sở dữ liệu chưa có hội nghị nào. Mở hội nghị mẫu (Đảng ủy Cục Quản lý thị trường tỉnh Tiền Giang, năm 2021) để làm quen? Chọn “Không” để bắt đầu một hội nghị trống.</source>
        <translation>The database holds no meeting yet. Open the demo meeting (the party committee of the Tiền Giang market surveillance department, 2021) to get to know the app? Choose “No” to start an empty meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="135"/>
        <source>Không mở được hội nghị mẫu</source>
        <translation>The demo meeting could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="143"/>
        <source>Chi bộ mới</source>
        <translation>New party cell</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="223"/>
        <source>Chưa xong bước này</source>
        <translation>This step is not finished</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="224"/>
        <source>Vẫn chuyển sang bước sau?</source>
        <translation>Move on anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="236"/>
        <source>Bước {step} còn thiếu:

{missing}

{question} Điều còn thiếu được ghi lại cùng bước này.</source>
        <translation>Step {step} still misses:

{missing}

{question} What is missing is recorded with this step.</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="272"/>
        <source>Vẫn kết thúc hội nghị?</source>
        <translation>Close the meeting anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="256"/>
        <source>Quay lại bước trước</source>
        <translation>Back to an earlier step</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="257"/>
        <source>Đưa hội nghị từ bước {current} quay lại bước {step}? Bước {step} trở thành bước đang làm; số liệu đã ghi vẫn giữ nguyên.</source>
        <translation>Take the meeting from step {current} back to step {step}? Step {step} becomes the step in progress; everything recorded stays.</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="271"/>
        <source>Kết thúc hội nghị</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="283"/>
        <source>Mở lại hội nghị</source>
        <translation>Reopen the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="284"/>
        <source>Mở lại hội nghị đã kết thúc để sửa ở bước {step}? Khi xong, bấm lại “Kết thúc hội nghị”.</source>
        <translation>Reopen the closed meeting to make corrections at step {step}? When done, press “Close the meeting” again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>đã xong</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>đang làm</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>chưa làm</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Chương trình hội nghị</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Bước sau: Ctrl+PgDown hoặc Alt+→
Bước trước: Ctrl+PgUp hoặc Alt+←</source>
        <translation>Next step: Ctrl+PgDown or Alt+→
Previous step: Ctrl+PgUp or Alt+←</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Chữ nghiêng: bước chưa có trang.</source>
        <translation>Italics: step without a page yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Bước trước (Ctrl+PgUp, Alt+←)</source>
        <translation>Previous step (Ctrl+PgUp, Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Bước sau (Ctrl+PgDown, Alt+→)</source>
        <translation>Next step (Ctrl+PgDown, Alt+→)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Hội nghị</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>&amp;Mở hội nghị khác…</source>
        <translation>&amp;Open another meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>&amp;Hội nghị mới</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Kịch bản điều hành</source>
        <translation>Chair&apos;s &amp;script</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Mở hội nghị mẫ&amp;u (Tiền Giang 2021)</source>
        <translation>Open the &amp;demo meeting (Tiền Giang 2021)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Đang mở hội nghị…</source>
        <translation>Opening the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Đang đọc dữ liệu của hội nghị; trang của bước đang làm hiện ra ngay khi đọc xong.</source>
        <translation>Reading the meeting&apos;s data; the page of the current step appears as soon as it is read.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>Đưa hội nghị quay lại bước này…</source>
        <translation>Take the meeting back to this step…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>&amp;Xuất tệp lưu trữ hội nghị…</source>
        <translation>&amp;Export an archive of the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Đ&amp;iều hướng</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Bước &amp;sau</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>Bước &amp;trước</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;Chuẩn bị hội nghị</source>
        <translation>Meeting &amp;set-up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Thiết lập &amp;máy chủ cho các máy nhập phiếu…</source>
        <translation>Set up the &amp;host for teller stations…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>&amp;Giới thiệu Hội nghị</source>
        <translation>&amp;About Hội nghị</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Trước khi họp · {holds}</source>
        <translation>Before the meeting · {holds}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>Bước {n}/{total}. {title}</source>
        <translation>Step {n}/{total}. {title}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Trạng thái: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>Chương trình hội nghị — đã kết thúc</source>
        <translation>Agenda — meeting closed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496"/>
        <source>← Bước trước</source>
        <translation>← Previous step</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <location filename="../../ui/main_window.py" line="278"/>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>Bước sau →</source>
        <translation>Next step →</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>Kết thúc hội nghị</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>Hội nghị đã kết thúc</source>
        <translation>The meeting is closed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>Bước cuối</source>
        <translation>Last step</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Hội nghị — {meeting}</source>
        <translation>Hội nghị — {meeting}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>Hội nghị đã kết thúc. Trang này để xem lại; sửa số liệu thì tài liệu in ra sau sẽ theo số liệu mới.</source>
        <translation>The meeting is closed. This page is for looking back; documents printed after a correction follow the corrected figures.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Đang xem lại bước {shown}; hội nghị vẫn ở bước {current}.</source>
        <translation>Looking back at step {shown}; the meeting is still at step {current}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>Về bước {current}</source>
        <translation>Back to step {current}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>Mở lại hội nghị…</source>
        <translation>Reopen the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>(trang chưa xây dựng)</source>
        <translation>(page not built yet)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="606"/>
        <source>Hội nghị mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607"/>
        <source>Tạo một hội nghị trống và mở trang chuẩn bị? Hội nghị đang mở vẫn được giữ nguyên, mở lại được bằng “Mở hội nghị khác…”.</source>
        <translation>Create an empty meeting and open its set-up page? The meeting open now is kept and can be reopened with “Open another meeting…”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Mở hội nghị</source>
        <translation>Open a meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Hội nghị:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="185"/>
        <source>Sa&amp;o lưu</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="186"/>
        <source>&amp;Các bản sao lưu…</source>
        <translation>Back&amp;ups…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>MeetingStatusBar</name>
    <message>
        <location filename="../../ui/status_panel.py" line="54"/>
        <source>Bước %1 còn thiếu khi chuyển bước:</source>
        <translation>Step %1 was left with these gaps:</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="59"/>
        <source>Hội nghị đã kết thúc</source>
        <translation>The meeting is closed</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="60"/>
        <source>Bước %1/%2</source>
        <translation>Step %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="61"/>
        <source>Có mặt %1/%2</source>
        <translation>Present %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="63"/>
        <source> (%1 chưa điểm danh)</source>
        <translation> (%1 not yet marked)</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="65"/>
        <source>Dự thảo %1, ý kiến %2</source>
        <translation>Drafts %1, comments %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="67"/>
        <source>Kiểm điểm cá nhân %1/%2</source>
        <translation>Individual reviews %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="71"/>
        <source>Vòng: %1</source>
        <translation>Rounds: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="72"/>
        <source>%1 đã khóa</source>
        <translation>%1 locked</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="72"/>
        <source>%1 đang mở</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="75"/>
        <source>Chưa có vòng biểu quyết</source>
        <translation>No ballot round yet</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="76"/>
        <source>Tài liệu đã xuất: %1</source>
        <translation>Documents produced: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="78"/>
        <source>Chuyển bước khi còn thiếu: bước %1</source>
        <translation>Left with gaps: step %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/member.py" line="32"/>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="32"/>
        <source>Sửa đảng viên</source>
        <translation>Edit a member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="37"/>
        <source>Họ, tên đệm và tên, ví dụ Nguyễn Thị Thu Hà</source>
        <translation>Family, middle and given name, e.g. Nguyễn Thị Thu Hà</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="48"/>
        <source>Thuộc thành phần được triệu tập (có tên trong danh sách điểm danh)</source>
        <translation>Member of the convened body (on the attendance list)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="61"/>
        <source>ngày/tháng/năm, ví dụ 08/09/2021; vào Đảng chưa đủ 6 tháng thì không xếp loại</source>
        <translation>day/month/year, e.g. 08/09/2021; admitted less than 6 months before: not rated</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="77"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="68"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="69"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="70"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="71"/>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="72"/>
        <source>Tự chấm điểm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="73"/>
        <source>Tự xếp loại</source>
        <translation>Self-rating</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="74"/>
        <source>Ngày vào Đảng</source>
        <translation>Admitted to the Party</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="80"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="81"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member.py" line="95"/>
        <source>Ngày vào Đảng: {0}</source>
        <translation>Admission date: {0}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/msgbox.py" line="37"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/msgbox.py" line="39"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="44"/>
        <location filename="../../ui/msgbox.py" line="49"/>
        <location filename="../../ui/msgbox.py" line="56"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/msgbox.py" line="92"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/msgbox.py" line="93"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../ui/pages/opening.py" line="46"/>
        <source>Mục đích, yêu cầu của hội nghị</source>
        <translation>The purpose of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="47"/>
        <source>Ghi khai mạc</source>
        <translation>Record the opening</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="49"/>
        <source>Khai mạc</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="51"/>
        <source>Giờ khai mạc</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="52"/>
        <source>Mục đích, yêu cầu</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="59"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="59"/>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="67"/>
        <source>Họ và tên đại biểu</source>
        <translation>Guest&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="70"/>
        <source>Chức vụ, đơn vị (ví dụ: Ủy viên Ban Thường vụ Đảng ủy Khối)</source>
        <translation>Position, unit (e.g. member of the standing committee of the superior committee)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="71"/>
        <source>Thêm đại biểu</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="72"/>
        <source>Bỏ đại biểu đã chọn</source>
        <translation>Remove the selected guest</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="73"/>
        <source>Đại biểu cấp trên dự hội nghị</source>
        <translation>Guests from the superior committee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="124"/>
        <source>Giờ khai mạc không hợp lệ (hh:mm).</source>
        <translation>Invalid opening time (hh:mm).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/opening.py" line="130"/>
        <source>Đã ghi.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message>
        <location filename="../../ui/review/models.py" line="78"/>
        <source>Đoạn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="79"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="80"/>
        <source>Ý kiến</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="82"/>
        <source>Đoạn đã sửa so với phiên bản trước</source>
        <translation>Paragraph changed since the previous version</translation>
    </message>
    <message>
        <location filename="../../ui/review/models.py" line="83"/>
        <source>Đoạn mới so với phiên bản trước</source>
        <translation>Paragraph new since the previous version</translation>
    </message>
</context>
<context>
    <name>PerBallotView</name>
    <message>
        <location filename="../../ui/ballot/entry.py" line="207"/>
        <source>Phím: 1 = HTXSNV · 2 = HTTNV · 3 = HTNV · 4 = KHTNV · 0 = dòng không hợp lệ · Backspace = xóa · Enter = lưu phiếu, sang phiếu sau</source>
        <translation>Keys: 1 = HTXSNV · 2 = HTTNV · 3 = HTNV · 4 = KHTNV · 0 = invalid row · Backspace = clear · Enter = save the ballot, next ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="214"/>
        <source>Mở lại phiếu số</source>
        <translation>Reopen ballot no.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="219"/>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="222"/>
        <source>Hủy phiếu này</source>
        <translation>Void this ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="244"/>
        <source>Người nhập: {0}</source>
        <translation>Entered by: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="256"/>
        <source>Đã nhập đủ {0} / {1} phiếu</source>
        <translation>All {0} / {1} ballots entered</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="264"/>
        <source> (đã hủy)</source>
        <translation> (voided)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/entry.py" line="265"/>
        <location filename="../../ui/ballot/entry.py" line="334"/>
        <source>Phiếu {0} / {1}</source>
        <translation>Ballot {0} / {1}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="18"/>
        <source>Bước này sẽ gồm: {holds}</source>
        <translation>This step will hold: {holds}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="21"/>
        <source>Trang này chưa được xây dựng trong phiên bản hiện tại của ứng dụng. Chủ trì có thể điều hành phần này như thường lệ rồi chuyển sang bước tiếp theo.</source>
        <translation>This page is not built yet in this version of the app. The chair can run this part as usual and then move to the next step.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/documents/printing.py" line="57"/>
        <source>Hệ thống in từ chối lệnh in: {why}</source>
        <translation>The print system refused the job: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" line="84"/>
        <source>Chương trình đọc PDF của máy này chỉ in ra máy in mặc định; chọn máy in mặc định, hoặc đặt {printer} làm máy in mặc định rồi in lại.</source>
        <translation>This computer&apos;s PDF program prints only to the default printer; choose the default printer, or make {printer} the default printer and print again.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" line="91"/>
        <source>Máy này chưa có chương trình đọc PDF nhận lệnh in (ví dụ Adobe Acrobat Reader, Foxit Reader, SumatraPDF). Cài một chương trình như vậy, hoặc lưu tài liệu PDF rồi mở và in nó. ({why})</source>
        <translation>This computer has no PDF program that takes print jobs (e.g. Adobe Acrobat Reader, Foxit Reader, SumatraPDF). Install one, or save the PDF document, then open and print it. ({why})</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" line="149"/>
        <source>Không đọc được {file} để in.</source>
        <translation>Cannot read {file} to print it.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" line="154"/>
        <source>Máy in từ chối lệnh in.</source>
        <translation>The printer refused the job.</translation>
    </message>
</context>
<context>
    <name>ReconciliationForm</name>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="42"/>
        <source>Số phiếu phát ra</source>
        <translation>Ballots issued</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="43"/>
        <source>Số phiếu thu vào</source>
        <translation>Ballots returned</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="45"/>
        <source>Không hợp lệ: không do Ban kiểm phiếu phát ra</source>
        <translation>Invalid: not issued by the tellers</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="47"/>
        <source>Không hợp lệ: ghi thêm tên hoặc nội dung khác</source>
        <translation>Invalid: names or content added</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="48"/>
        <source>Không hợp lệ: rách, không đọc được</source>
        <translation>Invalid: torn or unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="64"/>
        <source>Tổng số phiếu không hợp lệ</source>
        <translation>Invalid ballots in all</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="69"/>
        <source>Số phiếu hợp lệ</source>
        <translation>Valid ballots</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="71"/>
        <source>Lưu đối chiếu</source>
        <translation>Save reconciliation</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="90"/>
        <source>Vòng này tính theo điểm danh: số được triệu tập {0}; có quyền biểu quyết có mặt {1}.</source>
        <translation>This round counts from the roll call: electorate {0}; voters present {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="93"/>
        <source>Vòng được mở khi còn thiếu: {0}</source>
        <translation>Round opened while still missing: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="104"/>
        <source>Đã khóa (ký biên bản)</source>
        <translation>Locked (report signed)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="123"/>
        <source>Chưa lưu: sửa các ô có thông báo đỏ.</source>
        <translation>Not saved: correct the fields with a red message.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/reconciliation.py" line="124"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Reported</name>
    <message>
        <location filename="../../services/ballot/reported.py" line="29"/>
        <source>chưa đủ quá bán</source>
        <translation>without a majority</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="55"/>
        <source>{count}/{total} {noun} được xếp loại = {share}</source>
        <translation>{count}/{total} {noun} rated = {share}</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="143"/>
        <source>{count} {noun} {level} (chiếm {share})</source>
        <translation>{count} {noun}: {level} ({share})</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="238"/>
        <source>Chủ trì hội nghị quyết định: {name} – {level} (lý do: {reason}).</source>
        <translation>The chair decided: {name} – {level} (reason: {reason}).</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="240"/>
        <source>Chủ trì hội nghị quyết định: {name} – {level}.</source>
        <translation>The chair decided: {name} – {level}.</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="253"/>
        <source>Tỷ lệ {level}: {arithmetic}; số {noun} đạt mức này: {count} – vượt tỷ lệ.</source>
        <translation>Quota for {level}: {arithmetic}; {noun} at this level: {count} – over the quota.</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="255"/>
        <source>Tỷ lệ {level}: {arithmetic}; số {noun} đạt mức này: {count} – không vượt tỷ lệ.</source>
        <translation>Quota for {level}: {arithmetic}; {noun} at this level: {count} – within the quota.</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="259"/>
        <source>Bằng điểm và số phiếu tại ngưỡng tỷ lệ (chủ trì quyết định) ({count}): {names}.</source>
        <translation>Tied on score and votes at the quota line (the chair decides) ({count}): {names}.</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="262"/>
        <source>Bằng phiếu tại ngưỡng tỷ lệ (chủ trì quyết định) ({count}): {names}.</source>
        <translation>Tied on votes at the quota line (the chair decides) ({count}): {names}.</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="264"/>
        <source>Trong tỷ lệ ({count}): {names}.</source>
        <translation>Within the quota ({count}): {names}.</translation>
    </message>
    <message>
        <location filename="../../services/ballot/reported.py" line="266"/>
        <source>Vượt tỷ lệ, đề nghị xếp Hoàn thành tốt nhiệm vụ ({count}): {names}.</source>
        <translation>Over the quota, proposed for Completed tasks well ({count}): {names}.</translation>
    </message>
</context>
<context>
    <name>ResultNotes</name>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="19"/>
        <source>Chưa đối chiếu số phiếu: ghi số phiếu phát ra, thu vào, không hợp lệ rồi bấm «Lưu đối chiếu» ở thẻ 1 «Đối chiếu phiếu».</source>
        <translation>The ballots are not reconciled yet: enter the ballots issued, returned and invalid, then press “Save reconciliation” on tab 1 “Reconciliation”.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="22"/>
        <source>Chưa nhập xong phiếu: Ban kiểm phiếu nhập phiếu ở thẻ 2 «Nhập phiếu».</source>
        <translation>The ballots are not all keyed yet: the tellers key them on tab 2 “Ballot entry”.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="24"/>
        <source>Còn thiếu bản nhập của người nhập thứ hai: ở thẻ 2 «Nhập phiếu», bấm «Đổi người nhập», chọn tên người nhập thứ hai rồi bấm «Bắt đầu nhập» và nhập lại cả xấp phiếu.</source>
        <translation>The second teller&apos;s entry is missing: on tab 2 “Ballot entry”, press “Change teller”, choose the second teller&apos;s name, then press “Start entry” and key the whole pile again.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="28"/>
        <source>Hai bản nhập còn khác nhau: xem thẻ 3 «Chênh lệch», kiểm lại các phiếu giấy ghi ở đó và sửa bản nhập sai.</source>
        <translation>The two entries still differ: see tab 3 “Differences”, check the paper ballots it names and correct the wrong entry.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="31"/>
        <source>Chưa thống nhất số liệu: bấm «Thống nhất số liệu» ở thẻ 3 «Chênh lệch».</source>
        <translation>The counts are not agreed yet: press “Agree the counts” on tab 3 “Differences”.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="37"/>
        <source>{0} đối tượng có số phiếu đánh dấu cộng dòng không hợp lệ khác số phiếu hợp lệ: {1}</source>
        <translation>{0} subjects whose marks plus invalid rows differ from the valid ballots: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="40"/>
        <source>{0} đối tượng có số phiếu âm: {1}</source>
        <translation>{0} subjects with a negative count: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="41"/>
        <source>{0} đối tượng có hai lần trong vòng: {1}</source>
        <translation>{0} subjects twice in the round: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="42"/>
        <source>{0} đối tượng chưa đủ quá bán ở mức nào (chủ trì xem xét bỏ phiếu lại): {1}</source>
        <translation>{0} subjects without a majority at any level (the chair may order a new vote): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="45"/>
        <source>{0} đối tượng có kết quả cách mức tự xếp loại từ hai mức trở lên: {1}</source>
        <translation>{0} subjects rated two levels or more away from their self-rating: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="47"/>
        <source>{0} đối tượng có phiếu đạt mức cao hơn mức điểm và điều kiện cho phép, được đề nghị mức thấp hơn (xem cột Giải thích): {1}</source>
        <translation>{0} subjects voted above what their score and conditions allow, proposed at the lower level (see the Explanation column): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="50"/>
        <source>{0} đối tượng tự đề xuất mức cao hơn khung điểm: {1}</source>
        <translation>{0} subjects proposing themselves above their score&apos;s band: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="52"/>
        <source>{0} đối tượng được đề nghị HTXSNV nhưng chưa ghi đủ điều kiện: {1}</source>
        <translation>{0} subjects proposed HTXSNV whose conditions are not all recorded: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/result_notes.py" line="54"/>
        <source>{0} đối tượng có vi phạm tự phát hiện, tự báo cáo và đã khắc phục (cấp có thẩm quyền xem xét): {1}</source>
        <translation>{0} subjects with a violation they found, reported and remedied themselves (the competent level weighs it): {1}</translation>
    </message>
</context>
<context>
    <name>ResultPages</name>
    <message>
        <location filename="../../ui/room_screen.py" line="192"/>
        <source>{title} (tiếp)</source>
        <translation>{title} (continued)</translation>
    </message>
    <message>
        <location filename="../../ui/room_screen.py" line="248"/>
        <source>Trang {n}/{total}</source>
        <translation>Page {n}/{total}</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../ui/ballot/review.py" line="168"/>
        <source>Quyết định của chủ trì cho dòng đang chọn:</source>
        <translation>Chair&apos;s decision for the selected row:</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="170"/>
        <source>(chưa quyết định)</source>
        <translation>(not decided)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="175"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="177"/>
        <source>Ghi quyết định</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="186"/>
        <source>Khóa vòng (ký biên bản)</source>
        <translation>Lock the round (sign the report)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="190"/>
        <source>Lý do mở lại</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="197"/>
        <source>Mở lại (phiên bản mới)</source>
        <translation>Reopen (new revision)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="200"/>
        <source>Vòng bổ sung cho đối tượng chưa đủ quá bán / ngang phiếu</source>
        <translation>Further round for undecided / tied subjects</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="220"/>
        <source>Chưa tính được kết quả.</source>
        <translation>No result can be computed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="257"/>
        <source>Chọn một dòng để xem cách tính mức của đối tượng.</source>
        <translation>Select a row to see how its level was reached.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="301"/>
        <source>Trưởng ban kiểm phiếu {0} ký biên bản kiểm phiếu vòng “{1}”?</source>
        <translation>Does head teller {0} sign the tellers&apos; report of the round “{1}”?</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="226"/>
        <source>; chưa đủ quá bán: {0}</source>
        <translation>; short of a majority: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="229"/>
        <source>Tỷ lệ HTXSNV: {0}</source>
        <translation>HTXSNV quota: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="232"/>
        <source>Đã khóa (ký biên bản) bởi {0}; phiên bản {1}.</source>
        <translation>Locked (report signed) by {0}; revision {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="235"/>
        <source>Chưa khóa được: </source>
        <translation>Cannot lock yet: </translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="273"/>
        <source>Không có đối tượng bằng phiếu hay vượt tỷ lệ: không cần quyết định của chủ trì.</source>
        <translation>No subject is tied or over the quota: no decision of the chair is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="275"/>
        <source>Hội nghị chi bộ chỉ đề nghị: với đảng viên bằng phiếu hoặc vượt tỷ lệ, cấp ủy cấp trên quyết định, chủ trì hội nghị chi bộ không ghi quyết định ở đây. Kết quả và đề nghị được ghi vào biên bản gửi cấp trên.</source>
        <translation>A cell meeting only proposes: for members tied or over the quota the superior committee decides, so the chair of the cell meeting records no decision here. The results and the proposal go into the minutes sent to the superior committee.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="298"/>
        <source>Chưa có Trưởng ban kiểm phiếu được biểu quyết.</source>
        <translation>No head teller has been approved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="303"/>
        <source>Sau khi khóa, không sửa được số phiếu; mở lại cần ghi lý do và tạo một phiên bản mới.</source>
        <translation>Once locked, the counts cannot be changed; reopening needs a reason and makes a new revision.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/review.py" line="308"/>
        <source>Khóa vòng biểu quyết</source>
        <translation>Lock the ballot round</translation>
    </message>
</context>
<context>
    <name>RollCallNotice</name>
    <message>
        <location filename="../../ui/ballot/roll_call.py" line="16"/>
        <source>Điểm danh đã thay đổi sau khi mở vòng: vòng đang tính số được triệu tập {0}, có quyền biểu quyết có mặt {1}; theo điểm danh hiện nay là {2} và {3}.</source>
        <translation>Attendance changed since the round opened: the round counts an electorate of {0} and {1} voters present; the roll call now gives {2} and {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/roll_call.py" line="49"/>
        <source>Lấy số liệu điểm danh mới</source>
        <translation>Take the new roll-call figures</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <location filename="../../ui/room_screen.py" line="314"/>
        <source>Hội nghị — màn hình phòng họp</source>
        <translation>Hội nghị — room screen</translation>
    </message>
    <message>
        <location filename="../../ui/room_screen.py" line="402"/>
        <source>Bước {n}/{total}. {title}</source>
        <translation>Step {n}/{total}. {title}</translation>
    </message>
    <message>
        <location filename="../../ui/room_screen.py" line="414"/>
        <source>Phát biểu: {name}</source>
        <translation>Speaking: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/room_screen.py" line="425"/>
        <source>Đoạn {n} của dự thảo</source>
        <translation>Paragraph {n} of the draft</translation>
    </message>
</context>
<context>
    <name>RoomScreenControl</name>
    <message>
        <location filename="../../ui/room_screen.py" line="504"/>
        <source>&amp;Phòng họp</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../ui/room_screen.py" line="505"/>
        <source>&amp;Màn hình phòng họp</source>
        <translation>&amp;Room screen</translation>
    </message>
    <message>
        <location filename="../../ui/room_screen.py" line="510"/>
        <source>&amp;Chiếu lên màn hình</source>
        <translation>&amp;Show on screen</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/tables/roster.py" line="29"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/roster.py" line="30"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/tables/roster.py" line="31"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/tables/roster.py" line="32"/>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../ui/tables/roster.py" line="33"/>
        <source>Triệu tập</source>
        <translation>Convened</translation>
    </message>
    <message>
        <location filename="../../ui/tables/roster.py" line="34"/>
        <source>Tự chấm điểm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location filename="../../ui/tables/roster.py" line="35"/>
        <source>Tự xếp loại</source>
        <translation>Self-rating</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../services/rules/caps.py" line="23"/>
        <source>chưa hoàn thành tất cả nhiệm vụ, chỉ tiêu đúng tiến độ</source>
        <translation>not every task and target completed on time</translation>
    </message>
    <message>
        <location filename="../../services/rules/caps.py" line="25"/>
        <source>không có từ 30% nhiệm vụ, chỉ tiêu hoàn thành vượt mức</source>
        <translation>not 30% or more of the tasks and targets exceeded</translation>
    </message>
    <message>
        <location filename="../../services/rules/caps.py" line="27"/>
        <source>hạn chế, khuyết điểm đã chỉ ra chưa được khắc phục</source>
        <translation>shortcomings pointed out not remedied</translation>
    </message>
    <message>
        <location filename="../../services/rules/caps.py" line="29"/>
        <source>không hoàn thành trên 50% nhiệm vụ, chỉ tiêu</source>
        <translation>more than 50% of the tasks and targets not completed</translation>
    </message>
    <message>
        <location filename="../../services/rules/caps.py" line="31"/>
        <source>có vi phạm thuộc trường hợp không hoàn thành nhiệm vụ</source>
        <translation>a violation that means tasks not completed</translation>
    </message>
    <message>
        <location filename="../../services/rules/caps.py" line="39"/>
        <source>dưới {floor}</source>
        <translation>below {floor}</translation>
    </message>
    <message>
        <location filename="../../services/rules/caps.py" line="49"/>
        <source>điểm {total}/{most} thuộc khung {band} ({range})</source>
        <translation>score {total}/{most} in the {band} band ({range})</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="45"/>
        <source>triệu tập</source>
        <translation>convened</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="46"/>
        <source>có mặt</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="47"/>
        <source>phiếu hợp lệ</source>
        <translation>valid ballots</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="49"/>
        <source> (cộng dồn)</source>
        <translation> (cumulative)</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="172"/>
        <source>{level}: {sum} phiếu trên {denominator} {label} {threshold}{cumulative}</source>
        <translation>{level}: {sum} votes of {denominator} {label} {threshold}{cumulative}</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="177"/>
        <source>{level}: {sum} phiếu trên {denominator} {label}, chưa {threshold}{cumulative}</source>
        <translation>{level}: {sum} votes of {denominator} {label}, not {threshold}{cumulative}</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="181"/>
        <source>Không mức nào đạt ngưỡng: chưa xếp loại (chưa đủ quá bán)</source>
        <translation>No level reaches its threshold: not rated (no majority)</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="200"/>
        <source>{level}: phiếu đạt {vote_level} ({support}/{denominator}) nhưng {reasons}</source>
        <translation>{level}: the vote reached {vote_level} ({support}/{denominator}) but {reasons}</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="245"/>
        <source>Có mặt {present}/{convened} đảng viên, dưới 2/3 số được triệu tập</source>
        <translation>{present}/{convened} members present, below 2/3 of those convened</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="249"/>
        <source>Chỉ {present}/{convened} có mặt, không quá một nửa số được triệu tập: theo quy tắc mặc định không mức nào có thể đạt</source>
        <translation>Only {present}/{convened} present, not more than half of those convened: under the default rule no level can pass</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="255"/>
        <source>Phát ra {issued} phiếu, thu vào {returned}: {missing} phiếu không thu lại</source>
        <translation>{issued} ballots issued, {returned} returned: {missing} ballots not returned</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="260"/>
        <source>Tỷ lệ tính trên số {label}, không theo Điều lệ (trên số được triệu tập)</source>
        <translation>Shares taken of the {label}, not as the Statute says (of those convened)</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="266"/>
        <source>Tỷ lệ HTXSNV {percent}% vượt mức tối đa {maximum}% của quy định</source>
        <translation>HTXSNV quota {percent}% above the regulation&apos;s maximum of {maximum}%</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="270"/>
        <source>Tỷ lệ HTXSNV {percent}% cần quyết định của cấp có thẩm quyền (chưa ghi)</source>
        <translation>An HTXSNV quota of {percent}% needs the competent level&apos;s decision (not recorded)</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="282"/>
        <source>chủ trì quyết định và ghi lý do</source>
        <translation>the chair decides and records the reason</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="284"/>
        <source>cấp ủy cấp trên quyết định</source>
        <translation>the committee above decides</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="285"/>
        <source>{excellent} HTXSNV vượt tỷ lệ: {arithmetic}; {who}</source>
        <translation>{excellent} HTXSNV over the quota: {arithmetic}; {who}</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="289"/>
        <source>Đề nghị chuyển xuống HTTNV: {names}</source>
        <translation>Proposed to move down to HTTNV: {names}</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="293"/>
        <source>Bằng điểm và số phiếu HTXSNV</source>
        <translation>Tied on score and HTXSNV votes</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="295"/>
        <source>Bằng phiếu</source>
        <translation>Tied on votes</translation>
    </message>
    <message>
        <location filename="../../services/rules/engine.py" line="296"/>
        <source>{equal} tại ngưỡng tỷ lệ: {names}; {who} hoặc bỏ phiếu lại</source>
        <translation>{equal} at the quota line: {names}; {who} or vote again</translation>
    </message>
    <message>
        <location filename="../../services/rules/quota.py" line="38"/>
        <source>{percent}% × ({excellent} + {good}) {noun} HTXSNV và HTTNV / (100% + {percent}%) = {exact} → tối đa {limit}</source>
        <translation>{percent}% × ({excellent} + {good}) {noun} HTXSNV and HTTNV / (100% + {percent}%) = {exact} → at most {limit}</translation>
    </message>
    <message>
        <location filename="../../services/rules/quota.py" line="46"/>
        <source>{noun} HTXSNV và HTTNV</source>
        <translation>{noun} HTXSNV and HTTNV</translation>
    </message>
    <message>
        <location filename="../../services/rules/quota.py" line="49"/>
        <source>{noun} đã có mức xếp loại</source>
        <translation>{noun} rated</translation>
    </message>
    <message>
        <location filename="../../services/rules/quota.py" line="51"/>
        <source>{percent}% × {base} {words} = {exact} → tối đa {limit}</source>
        <translation>{percent}% × {base} {words} = {exact} → at most {limit}</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../ui/ballot/saving.py" line="113"/>
        <source>Đang lưu {0} phím…</source>
        <translation>Saving {0} keys…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/saving.py" line="118"/>
        <source>Chưa ghi được vào cơ sở dữ liệu (mất kết nối?): {0} phím đang chờ, được giữ trong máy này và tự ghi theo đúng thứ tự khi kết nối trở lại.</source>
        <translation>Not yet written to the database (connection lost?): {0} keys are waiting, kept on this computer, and are written in order when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/saving.py" line="122"/>
        <source>Đã lưu mọi phím đã gõ.</source>
        <translation>Every key typed is saved.</translation>
    </message>
</context>
<context>
    <name>ScanCheckView</name>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="84"/>
        <source>Có bản quét của máy quét: số liệu của nó được so với các bản nhập khi các bản nhập đã xong.</source>
        <translation>There is a scan: its figures are compared with the entries once the entries are finished.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="90"/>
        <source>Máy quét</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="106"/>
        <source>Máy quét khớp với các bản nhập ({0}).</source>
        <translation>The scanner agrees with the entries ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="108"/>
        <source>Máy quét khác các bản nhập ở {0} đối tượng: {1}. Chọn một dòng để xem ảnh dòng đó trên mọi trang đã quét, rồi kiểm lại phiếu giấy.</source>
        <translation>The scanner differs from the entries on {0} subjects: {1}. Choose a row to see its image on every scanned page, then check the paper ballots.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="114"/>
        <source>{0} đối tượng còn dòng máy quét chưa đọc rõ chờ người quyết định (thẻ Máy quét).</source>
        <translation>{0} subjects still have rows the scanner could not read, waiting for a person to decide (Scanner tab).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="137"/>
        <source>máy quét chưa rõ, đã quyết định: {0}</source>
        <translation>scanner unsure, decided: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="139"/>
        <source>máy quét chưa rõ, chưa quyết định</source>
        <translation>scanner unsure, not decided</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="141"/>
        <source>máy quét đọc: {0}</source>
        <translation>scanner read: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="142"/>
        <source>Trang quét {0}/{1} · {2}</source>
        <translation>Scanned page {0}/{1} · {2}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="161"/>
        <source>Máy quét khác bản nhập</source>
        <translation>The scanner differs from the entries</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan_check.py" line="162"/>
        <source>Máy quét khác các bản nhập ở {0} đối tượng: {1}.

Ban kiểm phiếu đã kiểm lại phiếu giấy và vẫn thống nhất số liệu của các bản nhập?</source>
        <translation>The scanner differs from the entries on {0} subjects: {1}.

Have the tellers checked the paper ballots, and do they still agree on the entries&apos; figures?</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../ui/ballot/scan.py" line="55"/>
        <source>dòng không hợp lệ</source>
        <translation>invalid row</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="58"/>
        <source>chưa rõ</source>
        <translation>unsure</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="199"/>
        <source>Máy quét là một bản nhập độc lập để kiểm tra bản nhập của Ban kiểm phiếu: số liệu của máy quét được so với các bản nhập ở thẻ “3. Chênh lệch”; thống nhất số liệu vẫn là việc của Ban kiểm phiếu. Chỉ quét các phiếu hợp lệ: phiếu Ban kiểm phiếu đã để riêng là không hợp lệ thì không quét. Ảnh quét chỉ được giữ đến khi khóa vòng, rồi bị xóa.</source>
        <translation>The scanner is an independent entry that checks the tellers&apos; entries: its figures are compared with the entries on the “3. Differences” tab; agreeing on the figures is still the tellers&apos; act. Scan only the valid ballots: ballots the tellers set aside as invalid are not scanned. The scanned images are kept only until the round is locked, then deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="207"/>
        <source>Nhập bản quét (PDF hoặc ảnh)…</source>
        <translation>Import scans (PDF or images)…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="210"/>
        <source>Bỏ bản quét của vòng này</source>
        <translation>Discard this round&apos;s scan</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="229"/>
        <source>Trang không đọc được (không tính):</source>
        <translation>Pages not read (not counted):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="266"/>
        <source>Vòng đã khóa: các trang quét và ảnh của chúng đã bị xóa.</source>
        <translation>The round is locked: the scanned pages and their images have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="267"/>
        <source>Số liệu của máy quét (từ {0} trang) vẫn được giữ.</source>
        <translation>The scanner&apos;s figures (from {0} pages) are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="270"/>
        <source>Chưa có bản quét nào cho vòng này.</source>
        <translation>No scan for this round yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="271"/>
        <source>Đã đọc {0} trang; mỗi phiếu có {1} trang; số phiếu hợp lệ: {2}.</source>
        <translation>{0} pages read; each ballot has {1} pages; valid ballots: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="275"/>
        <source>Số bản quét khác số phiếu hợp lệ: {0}. Còn phiếu chưa quét, trang bị từ chối, hoặc một phiếu quét hai lần?</source>
        <translation>The copies scanned differ from the valid ballots: {0}. A ballot not scanned yet, a page refused, or a ballot scanned twice?</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="277"/>
        <source>trang {0}: {1} bản</source>
        <translation>page {0}: {1} copies</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="280"/>
        <source>Đủ {0} bản của mỗi trang.</source>
        <translation>All {0} copies of every page.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="282"/>
        <source>{0} dòng máy quét chưa đọc rõ, còn {1} dòng chờ người quyết định (bên dưới).</source>
        <translation>{0} rows the scanner could not read clearly; {1} still waiting for a person to decide (below).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="288"/>
        <source>Chọn bản quét phiếu</source>
        <translation>Choose the ballot scans</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="289"/>
        <source>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="307"/>
        <source>Đang đọc bản quét…</source>
        <translation>Reading the scans…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="311"/>
        <source>Đang đọc bản quét… {0} trang</source>
        <translation>Reading the scans… {0} pages</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="327"/>
        <source>Vừa đọc {0} trang mới, {1} trang không đọc được, {2} trang đã nhập trước đó (không tính lại).</source>
        <translation>{0} new pages read, {1} pages not read, {2} pages imported before (not counted again).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="340"/>
        <source>Bỏ bản quét</source>
        <translation>Discard the scan</translation>
    </message>
    <message>
        <location filename="../../ui/ballot/scan.py" line="341"/>
        <source>Bỏ mọi trang đã quét của vòng này (cả ảnh và các dòng đã quyết định) để quét lại?</source>
        <translation>Discard every scanned page of this round (the images and the rows decided too) to scan again?</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../ui/script_panel.py" line="56"/>
        <source>Chèn dữ liệu…</source>
        <translation>Insert data…</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="59"/>
        <source>Sửa lời</source>
        <translation>Edit wording</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="60"/>
        <source>Ghi</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="61"/>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="62"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="63"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="64"/>
        <source>Xuất kịch bản của cả hội nghị ra một tệp PDF</source>
        <translation>Write the whole meeting&apos;s script to a PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="118"/>
        <source>Kịch bản điều hành</source>
        <translation>Chair&apos;s script</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="120"/>
        <source>Kịch bản bắt đầu từ bước 1 (khai mạc). Có thể in kịch bản của cả hội nghị trước khi họp.</source>
        <translation>The script starts at step 1 (opening). The whole meeting&apos;s script can be printed before the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="126"/>
        <source>Kịch bản điều hành · bước %1</source>
        <translation>Chair&apos;s script · step %1</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="127"/>
        <source> (lời của chủ trì)</source>
        <translation> (the chair&apos;s wording)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="134"/>
        <source>Tên dữ liệu không có: %1</source>
        <translation>Unknown data names: %1</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="145"/>
        <source>Các tên trong ngoặc nhọn, ví dụ {co_mat}, được thay bằng dữ liệu của hội nghị khi hiển thị và khi in.</source>
        <translation>Names in braces, e.g. {co_mat}, are replaced by the meeting&apos;s data when shown and printed.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="189"/>
        <source>In kịch bản điều hành</source>
        <translation>Print the chair&apos;s script</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="190"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="202"/>
        <source>Không ghi được tệp</source>
        <translation>The file could not be written</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/pages/setup.py" line="325"/>
        <source>Không xóa được</source>
        <translation>Cannot remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="81"/>
        <source>Thông tin hội nghị</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="101"/>
        <source>Kỳ đánh giá: cả năm, hoặc một quý (đánh giá theo quý, Quy định 366)</source>
        <translation>Review period: the whole year, or one quarter (quarterly review, Regulation 366)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="113"/>
        <source>ví dụ Tiền Giang (dòng “…, ngày … tháng …”)</source>
        <translation>e.g. Tiền Giang (the “…, ngày … tháng …” line)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="115"/>
        <source>phòng họp, hội trường</source>
        <translation>meeting room, hall</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="117"/>
        <source>Tổ chức đảng</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="118"/>
        <source>Cấp trên</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="119"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="120"/>
        <source>Nơi họp</source>
        <translation>Convened body</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="120"/>
        <source>Loại hội nghị</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="159"/>
        <source>Tìm tên, mã, chức vụ, chi bộ (gõ không dấu cũng được)</source>
        <translation>Find a name, code, position or cell (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="332"/>
        <source>Bảng tính hoặc CSV (*.xlsx *.csv *.tsv *.txt);;Tất cả các tệp (*)</source>
        <translation>Spreadsheet or CSV (*.xlsx *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="122"/>
        <source>Ngày họp</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="92"/>
        <source>Ban Thường vụ ký thay mặt đảng ủy (T/M BAN THƯỜNG VỤ)</source>
        <translation>The standing committee signs for the committee (T/M BAN THƯỜNG VỤ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="94"/>
        <source>Kết quả xếp loại, danh sách đề nghị và báo cáo kiểm điểm tập thể ký «T/M BAN THƯỜNG VỤ / BÍ THƯ» thay cho «T/M ĐẢNG ỦY / BÍ THƯ». Chỉ ở đảng ủy có ban thường vụ.</source>
        <translation>The result sheet, the proposal list and the collective&apos;s report are signed «T/M BAN THƯỜNG VỤ / BÍ THƯ» (for the standing committee, its secretary) instead of «T/M ĐẢNG ỦY / BÍ THƯ». Only for a committee that has a standing committee.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="121"/>
        <source>Ký thay mặt</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="122"/>
        <source>Năm, kỳ đánh giá</source>
        <translation>Review year, period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="123"/>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="123"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="148"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="149"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="150"/>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="151"/>
        <source>Nhập từ tệp .xlsx / .csv…</source>
        <translation>Import from .xlsx / .csv…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="211"/>
        <source>Danh sách đảng viên ({n} người, xếp theo tên)</source>
        <translation>Roster ({n} members, by given name)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="219"/>
        <source>Ngày họp: {problem}.</source>
        <translation>Meeting date: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="239"/>
        <location filename="../../ui/pages/setup.py" line="272"/>
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="311"/>
        <source>Xóa đồng chí {name} khỏi danh sách đảng viên của hội nghị? Điểm danh của người này cũng bị xóa.</source>
        <translation>Remove comrade {name} from the meeting&apos;s roster? Their attendance mark is removed too.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="316"/>
        <source> và {n} người khác</source>
        <translation> and {n} others</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="317"/>
        <source>Xóa {n} người khỏi danh sách đảng viên của hội nghị: {names}? Điểm danh của họ cũng bị xóa.</source>
        <translation>Remove {n} people from the meeting&apos;s roster: {names}? Their attendance marks are removed too.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="319"/>
        <source>Xóa khỏi danh sách</source>
        <translation>Remove from the roster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="331"/>
        <source>Chọn danh sách đảng viên</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="352"/>
        <location filename="../../ui/pages/setup.py" line="364"/>
        <source>Không nhập được</source>
        <translation>Not imported</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <location filename="../../ui/review/speaker_picker.py" line="70"/>
        <source>Gõ tên, không cần dấu (ví dụ: huynh)</source>
        <translation>Name, accents optional (e.g. huynh)</translation>
    </message>
</context>
<context>
    <name>SpeakingTimer</name>
    <message>
        <location filename="../../ui/widgets/speaking_timer.py" line="36"/>
        <source>Chưa có người phát biểu</source>
        <translation>No speaker yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaking_timer.py" line="44"/>
        <location filename="../../ui/widgets/speaking_timer.py" line="105"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaking_timer.py" line="45"/>
        <source>Tính lại</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaking_timer.py" line="99"/>
        <source>quá %1</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaking_timer.py" line="105"/>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <location filename="../../ui/stations.py" line="18"/>
        <source>Vào hội nghị</source>
        <translation>Join the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="19"/>
        <source>Mã PIN chủ tọa đặt cho các máy nhập phiếu ({0}):</source>
        <translation>The PIN the chair set for the teller stations ({0}):</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="23"/>
        <source>Vào</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="24"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <location filename="../../ui/ballot/entry.py" line="422"/>
        <source>Người nhập: {0} (nhập tổng số)</source>
        <translation>Entered by: {0} (totals)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../ui/undo.py" line="95"/>
        <source>Không làm lại được</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="99"/>
        <source>Không hoàn tác được</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="147"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="149"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <location filename="../../ui/undo.py" line="37"/>
        <source>thêm</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="38"/>
        <source>sửa</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="39"/>
        <source>xóa</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="41"/>
        <source>bước của chương trình</source>
        <translation>agenda step</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="42"/>
        <source>điểm danh</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="43"/>
        <source>vòng biểu quyết</source>
        <translation>ballot round</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="44"/>
        <source>lời kịch bản điều hành</source>
        <translation>chair&apos;s script wording</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="45"/>
        <source>kiểm điểm tập thể</source>
        <translation>collective review</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="46"/>
        <source>ý kiến</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="47"/>
        <source>dự thảo</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="48"/>
        <source>phiên bản dự thảo</source>
        <translation>draft version</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="49"/>
        <source>kiểm điểm cá nhân</source>
        <translation>individual review</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="50"/>
        <source>thông tin hội nghị</source>
        <translation>meeting details</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="51"/>
        <source>đại biểu</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="52"/>
        <source>khai mạc, kết luận, bế mạc</source>
        <translation>opening, conclusions, closing</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="53"/>
        <source>đảng viên</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="54"/>
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="55"/>
        <source>đoạn dự thảo</source>
        <translation>draft paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="56"/>
        <source>tổ chức đảng</source>
        <translation>party organisation</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="57"/>
        <source>tài liệu đã xuất</source>
        <translation>document produced</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="58"/>
        <source>chủ trì, thư ký, kiểm phiếu</source>
        <translation>chair, secretary, tellers</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="59"/>
        <source>đối tượng bỏ phiếu</source>
        <translation>ballot subjects</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="64"/>
        <source>quyết định của chủ trì</source>
        <translation>chair&apos;s decision</translation>
    </message>
</context>
</TS>
