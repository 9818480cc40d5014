/**
 * The one table of error codes: HTTP status and a default message in Vietnamese and English.
 * Use cases throw a code (server: `new AppError(code, message?)`), core results carry one, the server answers
 * `{ code, message }` with the status written here, and the web shows the message in the chosen language.
 * A specific message from the server (naming the record) is shown in Vietnamese; in English the table's
 * message is shown.
 */
export const ERRORS = {
  ACCOUNT_INACTIVE: {
    status: 403,
    vi: 'Tài khoản này đã ngừng hoạt động. Hãy liên hệ quản trị hệ thống.',
    en: 'This account has been deactivated. Please contact the system administrator.',
  },
  ACHIEVEMENT_REQUIRED: {
    status: 400,
    vi: 'Cần tóm tắt thành tích trước khi gửi.',
    en: 'Summarise the achievements before submitting.',
  },
  ALREADY_CLOSED: {
    status: 409,
    vi: 'Việc đang xem xét này đã kết thúc trước đó.',
    en: 'This matter under consideration has already been closed.',
  },
  ALREADY_DELETED: {
    status: 409,
    vi: 'Số liệu này đã được xóa trước đó.',
    en: 'This figure has already been deleted.',
  },
  ALREADY_DONE: {
    status: 409,
    vi: 'Việc này đã được đánh dấu hoàn thành.',
    en: 'This task has already been marked as done.',
  },
  ALREADY_HAS_TOKEN: {
    status: 409,
    vi: 'Thành viên này đã nhận phiếu của cuộc bỏ phiếu (mỗi thành viên một phiếu).',
    en: 'This member has already received a ballot for this vote (one ballot per member).',
  },
  ALREADY_IN_HOUSEHOLD: {
    status: 409,
    vi: 'Người này đã thuộc một hộ gia đình khác (mỗi người chỉ thuộc một hộ).',
    en: 'This person already belongs to another household (one household per person).',
  },
  ALREADY_LINKED: {
    status: 409,
    vi: 'Khen thưởng này đã được gắn với điển hình.',
    en: 'This award is already linked to the typical example.',
  },
  ALREADY_MEMBER: {
    status: 409,
    vi: 'Người này đang là thành viên Hội đồng.',
    en: 'This person is already a member of the council.',
  },
  ALREADY_PROPOSED: {
    status: 409,
    vi: 'Đã có đề nghị khen thưởng này.',
    en: 'This commendation has already been proposed.',
  },
  ALREADY_REGISTERED: {
    status: 409,
    vi: 'Đã có bản đăng ký thi đua; hãy sửa bản đăng ký đã gửi thay vì đăng ký lại.',
    en: 'An emulation registration already exists; edit the one already sent instead of registering again.',
  },
  ALREADY_REPLICATED: {
    status: 409,
    vi: 'Đơn vị này đã được ghi nhận áp dụng mô hình.',
    en: 'This unit is already recorded as applying the model.',
  },
  ALREADY_RESOLVED: {
    status: 409,
    vi: 'Ý kiến này đã được xử lý.',
    en: 'This comment has already been dealt with.',
  },
  ALREADY_REVOKED: {
    status: 409,
    vi: 'Giấy khen này đã được thu hồi. Vui lòng tải lại.',
    en: 'This certificate has already been revoked. Please reload.',
  },
  ALREADY_VOTED: {
    status: 409,
    vi: 'Phiếu này đã được bỏ; mỗi phiếu chỉ tính một lần.',
    en: 'This ballot has already been cast; each ballot counts once.',
  },
  SAME_ACHIEVEMENT: {
    status: 409,
    vi: 'Thành tích này đã được khen thưởng hoặc đang được đề nghị khen bằng hình thức khác: một thành tích không khen thưởng nhiều lần, nhiều hình thức (khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022).',
    en: 'This achievement has already been commended, or is proposed for another award: one achievement is commended once, with one form (Law 06/2022, Art. 5(2)).',
  },
  AWARD_ALREADY_GRANTED: {
    status: 409,
    vi: 'Một đối tượng trong quyết định vừa được tặng cùng hình thức cho cùng năm bởi quyết định khác. Vui lòng tải lại.',
    en: 'Someone in this decision has just been given the same award for the same year by another decision. Please reload.',
  },
  AWARD_NOT_FOR_COLLECTIVE: {
    status: 400,
    vi: 'Hình thức khen thưởng này không dành cho tập thể.',
    en: 'This award is not for collectives.',
  },
  AWARD_SUBJECT_MISMATCH: {
    status: 400,
    vi: 'Hình thức khen thưởng này không áp dụng cho đối tượng được chọn.',
    en: 'This award does not apply to the chosen recipient.',
  },
  BAD_BLINDED: { status: 400, vi: 'Dữ liệu phiếu không hợp lệ.', en: 'The ballot data is not valid.' },
  BAD_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  BAD_DATE: { status: 400, vi: 'Ngày không hợp lệ.', en: 'The date is not valid.' },
  BAD_ENCODING: {
    status: 400,
    vi: 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.',
    en: 'The data sent is not valid UTF-8 text.',
  },
  BAD_FILE: {
    status: 400,
    vi: 'Không đọc được tệp Excel (.xlsx). Hãy dùng tệp mẫu tải từ phần mềm.',
    en: 'The Excel file (.xlsx) could not be read. Use the template downloaded from the application.',
  },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  BAD_TEMPLATE: {
    status: 400,
    vi: 'Tệp không đúng mẫu. Hãy dùng tệp mẫu tải từ phần mềm.',
    en: 'The file does not follow the template. Use the template downloaded from the application.',
  },
  BALLOT_CLOSED: { status: 409, vi: 'Cuộc bỏ phiếu đã kết thúc.', en: 'The vote has ended.' },
  BALLOT_EXISTS: {
    status: 409,
    vi: 'Đề nghị này đã được bỏ phiếu.',
    en: 'This proposal has already been put to a vote.',
  },
  BALLOT_KEY_LOST: {
    status: 500,
    vi: 'Không tìm thấy khóa niêm phong của cuộc bỏ phiếu trên máy chủ; không thể nhận hoặc kiểm phiếu. Liên hệ quản trị hệ thống.',
    en: "The vote's sealing key was not found on the server; votes cannot be received or counted. Contact the system administrator.",
  },
  BALLOT_KEY_UNUSABLE: {
    status: 500,
    vi: 'Khoá của cuộc bỏ phiếu không dùng được; phiếu chưa được phát. Vui lòng báo quản trị viên.',
    en: "The vote's key cannot be used; no ballot was issued. Please tell the administrator.",
  },
  BALLOT_NOT_PASSED: {
    status: 409,
    vi: 'Kết quả bỏ phiếu không đạt tỷ lệ quy định; không thể đề nghị.',
    en: 'The vote did not reach the required majority; the proposal cannot be recommended.',
  },
  BALLOT_OPEN: {
    status: 409,
    vi: 'Cuộc bỏ phiếu đang diễn ra; phiếu được niêm phong, chỉ kiểm khi kết thúc bỏ phiếu.',
    en: 'The vote is still open; ballots are sealed and counted only when the vote ends.',
  },
  BALLOT_REQUIRED: {
    status: 409,
    vi: 'Đề nghị này phải bỏ phiếu kín trước khi Hội đồng đề nghị.',
    en: 'This proposal must go to a secret ballot before the council recommends it.',
  },
  BALLOT_STARTED: {
    status: 409,
    vi: 'Đã mở bỏ phiếu cho đề nghị này; không thể khai báo thêm.',
    en: 'Voting on this proposal has started; no more declarations can be made.',
  },
  BIRTH_DATE_INVALID: {
    status: 400,
    vi: 'Ngày sinh hoặc năm sinh không hợp lệ (không được sau hôm nay, năm sinh phải khớp ngày sinh).',
    en: 'The date or year of birth is not valid (not after today; the year must match the date).',
  },
  CALENDAR_DAY_IN_USE: {
    status: 409,
    vi: 'Ngày này đang được dùng, không thể xóa.',
    en: 'This day is in use and cannot be deleted.',
  },
  CELL_TOO_LONG: {
    status: 400,
    vi: 'Tệp Excel có một ô chứa quá nhiều chữ (hơn 1 triệu ký tự). Hãy dùng tệp mẫu tải từ phần mềm.',
    en: 'A cell of the Excel file holds too much text (over 1 million characters). Use the template downloaded from the application.',
  },
  CERTIFICATES_REVOKED: {
    status: 409,
    vi: 'Mọi giấy khen của quyết định này đã bị thu hồi, không in được.',
    en: 'All certificates of this decision have been revoked; there is nothing to print.',
  },
  CERTIFICATE_REVOKED: {
    status: 409,
    vi: 'Giấy khen này đã bị thu hồi, không in được.',
    en: 'This certificate has been revoked and cannot be printed.',
  },
  CITIZEN_ID_INVALID: {
    status: 400,
    vi: 'Số định danh cá nhân (CCCD) không hợp lệ hoặc không khớp giới tính, năm sinh.',
    en: 'The citizen ID is not valid, or does not match the gender or year of birth.',
  },
  CODE_TAKEN: {
    status: 409,
    vi: 'Mã này đã được dùng cho một đơn vị khác.',
    en: 'This code is already used by another unit.',
  },
  COMMUNE_REQUIRED: {
    status: 400,
    vi: 'Lần đầu cần tên xã: --xa "Xã ..."',
    en: 'The first time, the commune name is needed: --xa "Xã ..."',
  },
  CONCURRENT_DECISION: {
    status: 409,
    vi: 'Đề nghị vừa được đưa vào một quyết định khác. Vui lòng tải lại.',
    en: 'A proposal has just been included in another decision. Please reload.',
  },
  CONCURRENT_EDIT: {
    status: 409,
    vi: 'Có người vừa lưu cùng dữ liệu này. Hãy tải lại rồi thử lại.',
    en: 'Someone has just saved the same data. Reload and try again.',
  },
  CONFLICT_OF_INTEREST: {
    status: 403,
    vi: 'Bạn đã khai báo xung đột lợi ích với hồ sơ này nên chỉ xem được phần công khai của hồ sơ.',
    en: 'You declared a conflict of interest with this dossier, so you can see only its public part.',
  },
  COUNCIL_PENDING: {
    status: 409,
    vi: 'Đề nghị đang chờ Hội đồng Thi đua - Khen thưởng xét tại cuộc họp; chưa thể phê duyệt.',
    en: 'The proposal is waiting for the emulation and commendation council to consider it at a meeting; it cannot be approved yet.',
  },
  COUNCIL_REQUIRED: {
    status: 409,
    vi: 'Hình thức này phải được Hội đồng Thi đua - Khen thưởng bỏ phiếu kín và đề nghị trước khi phê duyệt.',
    en: 'This award must be put to a secret ballot and recommended by the emulation and commendation council before it is approved.',
  },
  CROSS_ORIGIN: {
    status: 403,
    vi: 'Yêu cầu bị từ chối: không gửi từ trang của phần mềm Thi Đua (nguồn gửi khác địa chỉ máy chủ). Hãy mở phần mềm từ địa chỉ chính thức rồi thử lại.',
    en: "Request refused: it was not sent from the Thi Đua application's own page (its origin differs from the server's address). Open the application from its official address and try again.",
  },
  DATE_BEFORE_PREVIOUS: {
    status: 409,
    vi: 'Ngày không được trước ngày của bước trước.',
    en: 'The date cannot be earlier than the date of the previous step.',
  },
  DATE_BEFORE_SUMMING_UP: {
    status: 400,
    vi: 'Ngày áp dụng không được trước ngày tổng kết mô hình.',
    en: 'The date of application cannot be earlier than the date the model was summed up.',
  },
  DISCLOSURE_CLOSED: {
    status: 409,
    vi: 'Danh sách này không còn trong thời gian nhận ý kiến.',
    en: 'This list is no longer open for comments.',
  },
  DISCLOSURE_IN_PAST: {
    status: 422,
    vi: 'Thời gian công khai phải bắt đầu từ hôm nay trở đi.',
    en: 'The disclosure period must start today or later.',
  },
  DISCLOSURE_REQUIRED: {
    status: 409,
    vi: 'Hình thức này phải được công khai danh sách trước khi quyết định.',
    en: 'This award must be publicly disclosed before the decision.',
  },
  DISCLOSURE_TOO_SHORT: {
    status: 409,
    vi: 'Thời gian công khai ngắn hơn quy định.',
    en: 'The disclosure period is shorter than required.',
  },
  DOCUMENT_INCOMPLETE: {
    status: 422,
    vi: 'Không thể tạo văn bản: còn thiếu thông tin cần thiết.',
    en: 'The document cannot be produced: some required information is missing.',
  },
  DUPLICATE_CITIZEN_ID: {
    status: 409,
    vi: 'Số định danh cá nhân (CCCD) này đã có trong danh sách cá nhân của xã.',
    en: "This citizen ID is already on the commune's list of people.",
  },
  DUPLICATE_CODE: {
    status: 409,
    vi: 'Số hiệu này đã được dùng trong năm.',
    en: 'This number is already used this year.',
  },
  DUPLICATE_IN_DECISION: {
    status: 409,
    vi: 'Một đối tượng có hai đề nghị cùng hình thức trong cùng quyết định; chỉ giữ một đề nghị.',
    en: 'The same recipient has two proposals for the same award in one decision; keep only one.',
  },
  DUPLICATE_SCORE: {
    status: 400,
    vi: 'Có tiêu chí được chấm hai lần.',
    en: 'A criterion has been scored twice.',
  },
  EMPTY_DECISION: {
    status: 400,
    vi: 'Chưa chọn đề nghị nào để đưa vào quyết định.',
    en: 'No proposal has been chosen for the decision.',
  },
  EMPTY_FILE: {
    status: 422,
    vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.',
    en: 'The file has no data rows below the header row.',
  },
  EXAMPLE_DROPPED: {
    status: 409,
    vi: 'Điển hình đã dừng theo dõi, không sửa được nữa.',
    en: 'Follow-up of this typical example has stopped; it can no longer be edited.',
  },
  FILE_EMPTY: {
    status: 422,
    vi: 'Tệp không có nội dung.',
    en: 'The file is empty.',
  },
  FILE_EXPANDS_TOO_MUCH: {
    status: 413,
    vi: 'Tệp quá lớn khi giải nén. Hãy dùng tệp mẫu tải từ phần mềm.',
    en: 'The file is too large once uncompressed. Use the template downloaded from the application.',
  },
  FILE_TOO_COMPLEX: {
    status: 400,
    vi: 'Tệp Excel có quá nhiều thành phần. Hãy dùng tệp mẫu tải từ phần mềm.',
    en: 'The Excel file has too many parts. Use the template downloaded from the application.',
  },
  FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp quá lớn để đính kèm.',
    en: 'The file is too large to attach.',
  },
  FILE_TYPE_MISMATCH: {
    status: 422,
    vi: 'Đuôi của tên tệp không khớp với nội dung tệp.',
    en: "The file name's extension does not match the file's content.",
  },
  FILE_TYPE_NOT_ALLOWED: {
    status: 422,
    vi: 'Loại tệp không được phép đính kèm (chỉ nhận PDF, ảnh JPEG hoặc PNG, Word .docx, Excel .xlsx).',
    en: 'This type of file cannot be attached (only PDF, JPEG or PNG images, Word .docx and Excel .xlsx).',
  },
  FINAL_REVIEW_OPEN: {
    status: 409,
    vi: 'Chưa khóa kết quả tổng kết, chưa thể kết thúc phong trào.',
    en: 'The final review results are not locked yet, so the movement cannot be closed.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  FORBIDDEN_ACTION: {
    status: 403,
    vi: 'Vai trò của bạn không được thực hiện thao tác này.',
    en: 'Your role is not allowed to do this.',
  },
  FUTURE_DATE: {
    status: 400,
    vi: 'Ngày không được sau ngày hôm nay.',
    en: 'The date cannot be later than today.',
  },
  HISTORY_DUPLICATE: {
    status: 409,
    vi: 'Khen thưởng này của đối tượng (cùng danh hiệu, cùng số quyết định) đã được nhập.',
    en: 'This award of the recipient (same title, same decision number) has already been entered.',
  },
  HISTORY_IN_REGISTER: {
    status: 409,
    vi: 'Khen thưởng này đã có trong sổ khen thưởng của xã (theo quyết định đã ký trên hệ thống).',
    en: "This award is already in the commune's register (from a decision signed in the system).",
  },
  ILLEGAL_TRANSITION: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại.',
    en: 'This cannot be done in the current state.',
  },
  IMPORT_BUSY: {
    status: 429,
    vi: 'Đang có một lần nhập tệp khác của xã chưa xong. Vui lòng chờ lần nhập đó xong rồi thử lại.',
    en: "Another import of the commune's files is still running. Wait until it finishes and try again.",
  },
  IMPORT_HAS_ERRORS: {
    status: 422,
    vi: 'Tệp có dòng lỗi, chưa nhập dòng nào. Sửa các dòng lỗi rồi nhập lại, hoặc chọn chỉ nhập các dòng đúng.',
    en: 'The file has rows with errors; nothing was imported. Correct those rows and import again, or choose to import only the correct rows.',
  },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống, vui lòng thử lại.', en: 'System error, please try again.' },
  INVALID_CALENDAR_DAY: {
    status: 400,
    vi: 'Thông tin ngày kỷ niệm, ngày lễ chưa hợp lệ.',
    en: 'The details of the commemorative day are not valid.',
  },
  INVALID_CRITERIA: { status: 400, vi: 'Bộ tiêu chí chưa hợp lệ.', en: 'The set of criteria is not valid.' },
  INVALID_DATE: { status: 409, vi: 'Ngày không hợp lệ.', en: 'The date is not valid.' },
  INVALID_PERIOD: {
    status: 409,
    vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
    en: 'The end date must be after the start date.',
  },
  INVALID_PROGRESS: {
    status: 400,
    vi: 'Số liệu thực hiện chỉ tiêu chưa hợp lệ.',
    en: 'The progress figures of the target are not valid.',
  },
  INVALID_TARGET: { status: 400, vi: 'Chỉ tiêu chưa hợp lệ.', en: 'The target is not valid.' },
  INVALID_TOKEN: {
    status: 403,
    vi: 'Phiếu không hợp lệ (không có chữ ký của Hội đồng).',
    en: "The ballot is not valid (it does not bear the council's signature).",
  },
  IN_DISCLOSURE: {
    status: 409,
    vi: 'Đề nghị đang trong thời gian công khai; chưa thể quyết định.',
    en: 'The proposal is still being publicly disclosed; no decision can be made yet.',
  },
  JSON_TOO_DEEP: {
    status: 400,
    vi: 'Dữ liệu gửi lên lồng nhau quá sâu.',
    en: 'The data sent is nested too deeply.',
  },
  LAST_ADMIN: {
    status: 409,
    vi: 'Không thể ngừng quản trị viên cuối cùng của xã.',
    en: "The commune's last administrator cannot be deactivated.",
  },
  LAW_HARD_RULE: {
    status: 409,
    vi: 'Không đủ điều kiện khen thưởng theo quy định bắt buộc của pháp luật.',
    en: 'The conditions the law requires for this award are not met.',
  },
  LAW_SOFT_RULE: {
    status: 409,
    vi: 'Chưa đạt điều kiện khen thưởng (thuộc quyền xem xét của cấp có thẩm quyền). Cán bộ TĐKT có thể ghi nhận ngoại lệ có lý do trước khi trình.',
    en: 'Some conditions for this award are not met (left to the discretion of the competent authority). The emulation officer may record a reasoned exception before submitting.',
  },
  MANY_TENANTS: {
    status: 409,
    vi: 'Cơ sở dữ liệu có nhiều xã; lệnh này chỉ dùng khi có một xã.',
    en: 'The database holds several communes; this command works only with one.',
  },
  MEETING_CLOSED: { status: 409, vi: 'Cuộc họp đã kết thúc.', en: 'The meeting has ended.' },
  MEETING_NOT_OPEN: {
    status: 409,
    vi: 'Cuộc họp chưa khai mạc hoặc đã kết thúc.',
    en: 'The meeting has not started or has already ended.',
  },
  MOVEMENT_INCOMPLETE: {
    status: 422,
    vi: 'Phong trào chưa đủ nội dung để phát động.',
    en: 'The movement is not complete enough to be launched.',
  },
  MISSING_REQUIRED: {
    status: 400,
    vi: 'Cần nêu nội dung đơn vị phải bổ sung.',
    en: 'State what the unit has to supply.',
  },
  MIXED_AWARDS: {
    status: 400,
    vi: 'Mỗi quyết định chỉ gồm một hình thức khen thưởng. Hãy chọn các đề nghị cùng hình thức.',
    en: 'A decision covers one award only. Choose proposals for the same award.',
  },
  MOVEMENT_CLOSED: {
    status: 409,
    vi: 'Phong trào đã kết thúc, không thể sửa.',
    en: 'The movement has ended and cannot be edited.',
  },
  MOVEMENT_LAUNCHED: {
    status: 409,
    vi: 'Phong trào đã phát động: không thể thay đổi đơn vị tham gia và bộ tiêu chí.',
    en: 'The movement has been launched: its participating units and criteria can no longer change.',
  },
  NETWORK: {
    status: 0,
    vi: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    en: 'Cannot reach the server. Check the network and try again.',
  },
  NOTHING_PLEDGED: {
    status: 409,
    vi: 'Cần đăng ký ít nhất một danh hiệu thi đua hoặc một chỉ tiêu.',
    en: 'Register for at least one emulation title or one target.',
  },
  NOTHING_SCORED: {
    status: 409,
    vi: 'Chưa có đơn vị nào được chấm điểm, chưa thể khóa kết quả.',
    en: 'No unit has been scored yet, so the results cannot be locked.',
  },
  NOTHING_TO_IMPORT: {
    status: 422,
    vi: 'Không có dòng nào hợp lệ để nhập.',
    en: 'There is no valid row to import.',
  },
  NOTHING_TO_OVERRIDE: {
    status: 409,
    vi: 'Đề nghị không có điều kiện nào cần ghi nhận ngoại lệ.',
    en: 'The proposal has no condition that needs an exception.',
  },
  NOTHING_TO_REMIND: {
    status: 409,
    vi: 'Tất cả đơn vị được chọn đã đăng ký thi đua.',
    en: 'All the chosen units have already registered.',
  },
  NOTHING_TO_REVOKE: {
    status: 409,
    vi: 'Không còn giấy khen nào của quyết định này để thu hồi.',
    en: 'This decision has no certificate left to revoke.',
  },
  NOT_ABSENT: {
    status: 409,
    vi: 'Chỉ thành viên vắng mặt (đã điểm danh vắng) mới gửi phiếu lấy ý kiến bằng văn bản; thành viên có mặt bỏ phiếu tại cuộc họp.',
    en: 'Only members marked absent send a written opinion; members present vote at the meeting.',
  },
  NOT_A_MEMBER: {
    status: 403,
    vi: 'Chỉ thành viên Hội đồng được bỏ phiếu.',
    en: 'Only council members may vote.',
  },
  NOT_A_PARTICIPANT: {
    status: 400,
    vi: 'Đối tượng này không thuộc đơn vị tham gia phong trào.',
    en: 'This recipient does not belong to a unit taking part in the movement.',
  },
  NOT_COUNCIL_ROLE: {
    status: 400,
    vi: 'Tài khoản này không có vai trò được bỏ phiếu trong Hội đồng (thành viên Hội đồng, Chủ tịch, cán bộ thi đua hoặc quản trị).',
    en: 'This account has no role that may vote in the council (council member, chairman, emulation officer or administrator).',
  },
  NOT_DISCLOSABLE: {
    status: 409,
    vi: 'Chỉ công khai đề nghị đang được xét.',
    en: 'Only proposals under consideration can be disclosed.',
  },
  NOT_EDITABLE: {
    status: 409,
    vi: 'Chỉ sửa được đề nghị đang soạn hoặc đã bị trả lại.',
    en: 'Only draft or returned proposals can be edited.',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested item was not found.' },
  NOT_IN_LIST: {
    status: 400,
    vi: 'Người/tập thể này không có trong danh sách công khai.',
    en: 'This person or collective is not on the disclosed list.',
  },
  NOT_IN_REVIEW: {
    status: 400,
    vi: 'Đơn vị không thuộc đợt sơ kết, tổng kết này.',
    en: 'The unit is not part of this review.',
  },
  NOT_ON_AGENDA: {
    status: 400,
    vi: 'Đề nghị không có trong chương trình họp.',
    en: "The proposal is not on the meeting's agenda.",
  },
  NOT_OWN_UNIT: {
    status: 403,
    vi: 'Bạn chỉ được thao tác với dữ liệu của đơn vị mình.',
    en: "You may act only on your own unit's records.",
  },
  NOT_PRESENT: {
    status: 403,
    vi: 'Chỉ thành viên có mặt được nhận phiếu; thành viên vắng mặt gửi phiếu lấy ý kiến bằng văn bản.',
    en: 'Only members present receive a ballot; absent members send a written opinion.',
  },
  NOT_RANKED: {
    status: 400,
    vi: 'Đơn vị không có trong bảng xếp hạng.',
    en: 'The unit is not in the ranking.',
  },
  NOT_RATED: {
    status: 400,
    vi: 'Người này không thuộc diện đánh giá, xếp loại chất lượng hằng năm.',
    en: 'This person is not subject to the annual quality rating.',
  },
  NOT_READY: {
    status: 409,
    vi: 'Chỉ đưa vào chương trình họp các đề nghị đã được trình.',
    en: 'Only submitted proposals can be put on the agenda.',
  },
  NOT_STARTED_YET: { status: 409, vi: 'Chưa đến ngày bắt đầu.', en: 'The start date has not come yet.' },
  NOT_SUMMED_UP: {
    status: 409,
    vi: 'Chỉ đề nghị khen thưởng điển hình đã được tổng kết.',
    en: 'Only typical examples that have been summed up can be proposed for commendation.',
  },
  NO_AUTHORITY: {
    status: 409,
    vi: 'Chủ tịch UBND xã không có thẩm quyền quyết định hình thức này; cần trình cấp trên.',
    en: "The chairman of the commune people's committee has no authority to decide this award; it must go to a higher level.",
  },
  NO_CERTIFICATES: {
    status: 409,
    vi: 'Không có giấy khen nào còn hiệu lực để in.',
    en: 'There is no valid certificate to print.',
  },
  NO_QUORUM: {
    status: 409,
    vi: 'Cuộc họp chưa đủ số thành viên tham dự theo quy định.',
    en: 'Not enough members are present for the meeting.',
  },
  NO_WRITTEN_OPINION: {
    status: 409,
    vi: 'Chưa ghi nhận phiếu lấy ý kiến bằng văn bản của thành viên này trong danh sách điểm danh.',
    en: 'No written opinion from this member has been recorded in the roll call.',
  },
  NURTURING_REQUIRED: {
    status: 400,
    vi: 'Cần ghi nhận hoạt động bồi dưỡng trước khi tổng kết.',
    en: 'Record a nurturing activity before summing up.',
  },
  OBJECTION_UPHELD: {
    status: 409,
    vi: 'Phản ánh về đề nghị này đã được xác định là đúng; không thể quyết định khen thưởng.',
    en: 'An objection to this proposal was upheld; no commendation can be decided.',
  },
  OTHER_SUBJECT: {
    status: 400,
    vi: 'Khen thưởng này là của đối tượng khác.',
    en: 'This award belongs to another recipient.',
  },
  OWN_ACCOUNT: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này với tài khoản của chính mình.',
    en: 'This cannot be done to your own account.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
    en: 'You need to change your password before continuing.',
  },
  PEOPLE_UNASSIGNED: {
    status: 400,
    vi: 'Còn cá nhân của đơn vị chưa được chọn sang đơn vị mới nào.',
    en: 'Some people of the unit have not been assigned to any new unit.',
  },
  PERSON_HAS_ACCOUNT: {
    status: 409,
    vi: 'Người này đã có tài khoản khác.',
    en: 'This person already has another account.',
  },
  PLAN_EXISTS: {
    status: 409,
    vi: 'Năm này đã có kế hoạch thi đua, khen thưởng.',
    en: 'This year already has an emulation and commendation plan.',
  },
  PLAN_INCOMPLETE: {
    status: 422,
    vi: 'Kế hoạch chưa đủ nội dung để ban hành.',
    en: 'The plan is not complete enough to be issued.',
  },
  PLAN_ISSUED: {
    status: 409,
    vi: 'Kế hoạch đã ban hành, không sửa được. Muốn sửa, hãy mở lại kế hoạch và nêu lý do.',
    en: 'The plan has been issued and cannot be edited. To edit it, reopen the plan and give a reason.',
  },
  QUOTA_EXCEEDED: {
    status: 409,
    vi: 'Vượt tỷ lệ khống chế của danh hiệu (tỉnh quy định áp dụng bắt buộc).',
    en: 'The quota of this title would be exceeded (the province enforces it strictly).',
  },
  QUOTA_EXCEPTION_REQUIRED: {
    status: 409,
    vi: 'Vượt tỷ lệ khống chế của danh hiệu: cần ghi nhận ngoại lệ có lý do trước khi tiếp tục.',
    en: 'The quota of this title would be exceeded: record a reasoned exception first.',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau.',
    en: 'You have sent too many requests in a short time. Please try again later.',
  },
  REASON_REQUIRED: { status: 400, vi: 'Cần ghi rõ lý do.', en: 'Give a reason.' },
  RECUSED: {
    status: 403,
    vi: 'Thành viên đã khai báo xung đột lợi ích, không tham gia bỏ phiếu đề nghị này.',
    en: 'The member declared a conflict of interest and does not vote on this proposal.',
  },
  REGISTRATION_CLOSED: {
    status: 409,
    vi: 'Phong trào không ở giai đoạn nhận đăng ký thi đua.',
    en: 'The movement is not taking registrations.',
  },
  REGISTRATION_LATE: {
    status: 409,
    vi: 'Đã quá hạn đăng ký thi đua.',
    en: 'The registration deadline has passed.',
  },
  REPLICATION_REQUIRED: {
    status: 400,
    vi: 'Cần ghi nhận ít nhất một nơi nhân rộng mô hình trước.',
    en: 'Record at least one place applying the model first.',
  },
  REVIEW_LOCKED: {
    status: 409,
    vi: 'Kết quả bình xét đã khóa, không thể sửa.',
    en: 'The review results are locked and cannot be edited.',
  },
  REVIEW_OPEN: {
    status: 409,
    vi: 'Cần khóa kết quả chấm điểm, xếp hạng trước khi lập đề nghị khen thưởng.',
    en: 'Lock the scoring and ranking results before proposing commendations.',
  },
  REVOCATION_LIST_UNVERIFIABLE: {
    status: 409,
    vi: 'Danh sách thu hồi giấy khen đã ký của xã bị thiếu hoặc chữ ký không hợp lệ (dữ liệu có thể đã bị sửa ngoài phần mềm). Không thể thu hồi thêm; báo quản trị hệ thống kiểm tra và khôi phục từ bản sao lưu.',
    en: "The commune's signed list of revoked certificates is missing or its signature is not valid (the data may have been changed outside the application). No more revocations are possible; ask the system administrator to check it and restore it from a backup.",
  },
  SAME_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  SAME_UNIT: {
    status: 400,
    vi: 'Nhân rộng là đơn vị khác áp dụng mô hình; chọn một đơn vị khác với đơn vị của điển hình.',
    en: "Replication means another unit applies the model; choose a unit other than the example's own.",
  },
  SCORES_INVALID: { status: 409, vi: 'Bảng điểm chưa hợp lệ.', en: 'The score sheet is not valid.' },
  SCORE_NOT_A_NUMBER: { status: 400, vi: 'Điểm phải là một số.', en: 'A score must be a number.' },
  SCORE_OUT_OF_RANGE: {
    status: 400,
    vi: 'Điểm nằm ngoài khoảng cho phép của tiêu chí.',
    en: "The score is outside the criterion's allowed range.",
  },
  SETUP_DONE: {
    status: 409,
    vi: 'Hệ thống đã được thiết lập: đã có tài khoản. Hãy đăng nhập.',
    en: 'The system is already set up: an account exists. Please sign in.',
  },
  SIGNING_KEY_CONFLICT: {
    status: 500,
    vi: 'Khóa ký số của xã trong cơ sở dữ liệu khác với tệp khóa; cần quản trị hệ thống kiểm tra.',
    en: "The commune's signing key in the database differs from the key file; the system administrator needs to check it.",
  },
  SIGNING_KEY_MISSING: {
    status: 503,
    vi: 'Không tìm thấy tệp khóa ký số của xã trong thư mục khóa. Hãy khôi phục tệp khóa từ bản sao lưu; không tạo khóa mới vì giấy khen đã cấp sẽ không còn xác minh được.',
    en: "The commune's signing key file was not found in the key folder. Restore it from a backup; do not create a new key, or the certificates already issued can no longer be verified.",
  },
  STAGE_CLOSED: {
    status: 409,
    vi: 'Không thể thêm nội dung này ở khâu hiện tại của điển hình.',
    en: 'This cannot be added at the current stage of the typical example.',
  },
  STALE: {
    status: 409,
    vi: 'Dữ liệu vừa được người khác cập nhật. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.',
    en: 'Someone else has just updated this. Reload to see the latest version, then continue editing.',
  },
  SUBJECT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy hồ sơ của đối tượng được đề nghị.',
    en: 'The record of the proposed recipient was not found.',
  },
  SUBJECT_REQUIRED: { status: 400, vi: 'Chưa chọn đối tượng.', en: 'No recipient has been chosen.' },
  SUMMARY_REQUIRED: {
    status: 400,
    vi: 'Cần có bài tổng kết mô hình.',
    en: 'A summary of the model is required.',
  },
  TERM_ENDED: {
    status: 409,
    vi: 'Thành viên này đã thôi tham gia Hội đồng.',
    en: 'This member has left the council.',
  },
  TITLE_NOT_FOR_SUBJECT: {
    status: 400,
    vi: 'Danh hiệu này không dành cho đối tượng được chọn.',
    en: 'This title is not for the chosen recipient.',
  },
  TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn.', en: 'The data sent is too large.' },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.',
    en: 'Too many attempts. Please try again later.',
  },
  TOO_MANY_COLUMNS: {
    status: 413,
    vi: 'Tệp có quá nhiều cột. Hãy dùng tệp mẫu tải từ phần mềm.',
    en: 'The file has too many columns. Use the template downloaded from the application.',
  },
  TOO_MANY_PAPERS: {
    status: 409,
    vi: 'Số phiếu giấy nhập vượt số phiếu giấy đã phát.',
    en: 'More paper ballots were entered than were handed out.',
  },
  TOO_MANY_ROWS: {
    status: 413,
    vi: 'Tệp có quá nhiều dòng. Hãy chia thành nhiều tệp nhỏ hơn.',
    en: 'The file has too many rows. Split it into smaller files.',
  },
  UNAUTHENTICATED: { status: 401, vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  UNITS_REQUIRED: {
    status: 400,
    vi: 'Chưa chọn đơn vị nào để đề nghị khen thưởng.',
    en: 'No unit has been chosen for the commendation proposal.',
  },
  UNIT_CYCLE: {
    status: 400,
    vi: 'Đơn vị cấp trên không thể là chính đơn vị này hoặc một đơn vị trực thuộc nó.',
    en: 'The parent cannot be the unit itself or one of its own sub-units.',
  },
  UNIT_HAS_CHILDREN: {
    status: 409,
    vi: 'Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc ngừng các đơn vị đó trước.',
    en: 'The unit still has active sub-units; move or close them first.',
  },
  UNIT_INACTIVE: {
    status: 409,
    vi: 'Đơn vị đã ngừng hoạt động.',
    en: 'The unit is no longer active.',
  },
  UNIT_REQUIRED: { status: 400, vi: 'Chưa chọn đơn vị đề nghị.', en: 'No proposing unit has been chosen.' },
  UNIT_SCOPE: {
    status: 400,
    vi: 'Trưởng đơn vị phải gắn với một đơn vị; các vai trò khác không gắn với đơn vị.',
    en: 'A unit head must be given a unit; other roles are not given one.',
  },
  UNKNOWN_ACTION: { status: 404, vi: 'Không có thao tác này.', en: 'There is no such action.' },
  UNKNOWN_AWARD: {
    status: 400,
    vi: 'Không tìm thấy hình thức khen thưởng này.',
    en: 'This award was not found.',
  },
  UNKNOWN_CRITERION: {
    status: 400,
    vi: 'Có tiêu chí không thuộc bộ tiêu chí của đợt chấm điểm.',
    en: 'A criterion does not belong to the criteria of this scoring round.',
  },
  UNKNOWN_HOUSEHOLD: {
    status: 400,
    vi: 'Hộ gia đình này không có trong danh sách của xã.',
    en: "This household is not on the commune's list.",
  },
  UNKNOWN_MEMBER: {
    status: 400,
    vi: 'Không phải thành viên Hội đồng vào ngày họp.',
    en: 'Not a council member on the day of the meeting.',
  },
  UNKNOWN_MOVEMENT: {
    status: 400,
    vi: 'Phong trào thi đua không tồn tại.',
    en: 'The emulation movement does not exist.',
  },
  UNKNOWN_PERSON: {
    status: 400,
    vi: 'Người này không có trong danh sách của xã.',
    en: "This person is not on the commune's list.",
  },
  UNKNOWN_PROPOSAL: { status: 400, vi: 'Có đề nghị không tồn tại.', en: 'A proposal does not exist.' },
  UNKNOWN_TARGET: {
    status: 400,
    vi: 'Có chỉ tiêu đăng ký không thuộc kế hoạch của xã.',
    en: "A registered target is not part of the commune's plan.",
  },
  UNKNOWN_TITLE: {
    status: 400,
    vi: 'Không phải là mã danh hiệu thi đua trong danh mục.',
    en: 'Not a code of an emulation title in the catalogue.',
  },
  UNKNOWN_UNIT: { status: 400, vi: 'Đơn vị không thuộc xã.', en: 'The unit does not belong to the commune.' },
  UNRESOLVED_OBJECTION: {
    status: 409,
    vi: 'Còn phản ánh chưa được xử lý; chưa thể quyết định.',
    en: 'Some objections have not been dealt with yet; no decision can be made.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Chỉ nhận dữ liệu dạng JSON.',
    en: 'Only JSON data is accepted.',
  },
  USERNAME_TAKEN: { status: 409, vi: 'Tên đăng nhập này đã có.', en: 'This username is already taken.' },
  USER_LINKED: {
    status: 409,
    vi: 'Tài khoản này đã gắn với một thành viên Hội đồng khác.',
    en: 'This account is already linked to another council member.',
  },
  VALIDATION: { status: 400, vi: 'Dữ liệu không hợp lệ.', en: 'The data is not valid.' },
  WEAK_PASSWORD: { status: 400, vi: 'Mật khẩu chưa đủ mạnh.', en: 'The password is not strong enough.' },
  WRITTEN_NOT_ALLOWED: {
    status: 409,
    vi: 'Quy định bỏ phiếu của đề nghị này không tính phiếu lấy ý kiến bằng văn bản.',
    en: 'The voting rule of this proposal does not count written opinions.',
  },
  WRITTEN_OPINION_FOR_ABSENT: {
    status: 400,
    vi: 'Phiếu lấy ý kiến bằng văn bản chỉ dành cho thành viên vắng mặt.',
    en: 'A written opinion is only for absent members.',
  },
  WRONG_PASSWORD: { status: 400, vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  YEAR_FIXED: {
    status: 400,
    vi: 'Không đổi năm của chỉ tiêu; hãy thêm chỉ tiêu mới cho năm khác.',
    en: "A target's year cannot change; add a new target for the other year.",
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}

/** The HTTP status of a code (500 for a code that is not in the table). */
export function statusOf(code: string): number {
  return isErrorCode(code) ? ERRORS[code].status : 500;
}
