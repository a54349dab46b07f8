package vn.danhgia.organization.domain.authority;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.infrastructure.authority.AuthorityTableLoader;

/**
 * A small 2023 district for the authority tests: district bodies, offices of 19, 20 and 25 people, an
 * office without a head, a primary school and one ward. Person ids start at 100.
 */
final class District {

    static final LocalDate Q2_2023 = LocalDate.of(2023, 6, 30);
    static final AuthorityTable TABLE = AuthorityTableLoader.defaultTable();

    final FakeDirectory dir = new FakeDirectory();

    final UnitRef partyCommittee = dir.unit(1, "Quận ủy Long Biên", UnitKind.DISTRICT_PARTY_COMMITTEE, 5, null);
    final UnitRef peoplesCommittee = dir.unit(2, "UBND quận Long Biên", UnitKind.PEOPLES_COMMITTEE, 4, null);
    final UnitRef peoplesCouncil = dir.unit(3, "HĐND quận Long Biên", UnitKind.PEOPLES_COUNCIL, 3, null);
    final UnitRef lawCommittee = dir.unit(4, "Ban Pháp chế HĐND quận", UnitKind.PEOPLES_COUNCIL_COMMITTEE, 2, 3L);
    final UnitRef educationOffice = dir.unit(5, "Phòng Giáo dục và Đào tạo", UnitKind.EDUCATION_OFFICE, 12, 2L);
    final UnitRef justiceOffice = dir.unit(6, "Phòng Tư pháp", UnitKind.OFFICE, 19, 2L);
    final UnitRef financeOffice = dir.unit(7, "Phòng Tài chính - Kế hoạch", UnitKind.OFFICE, 20, 2L);
    final UnitRef urbanOffice = dir.unit(8, "Phòng Quản lý đô thị", UnitKind.OFFICE, 25, 2L);
    final UnitRef cultureOffice = dir.unit(9, "Phòng Văn hóa và Thông tin", UnitKind.OFFICE, 8, 2L);
    final UnitRef propagandaBoard = dir.unit(10, "Ban Tuyên giáo Quận ủy", UnitKind.PARTY_BOARD, 9, 1L);
    final UnitRef front = dir.unit(11, "Ủy ban MTTQ quận Long Biên", UnitKind.FATHERLAND_FRONT, 10, null);
    final UnitRef school = dir.unit(12, "Trường Tiểu học Ái Mộ", UnitKind.PRIMARY_SCHOOL, 45, 2L);
    final UnitRef wardParty = dir.wardUnit("VH", 20, "Đảng ủy phường Việt Hưng", UnitKind.WARD_PARTY_COMMITTEE, 4);
    final UnitRef wardCommittee = dir.wardUnit("VH", 21, "UBND phường Việt Hưng", UnitKind.WARD_PEOPLES_COMMITTEE, 22);
    final UnitRef wardFront = dir.wardUnit("VH", 22, "Ủy ban MTTQ phường Việt Hưng", UnitKind.WARD_FATHERLAND_FRONT, 3);

    final PersonRef partySecretary = dir.head(partyCommittee, 101, "Nguyễn Văn Bí", "Bí thư Quận ủy");
    final PersonRef pcChair = dir.head(peoplesCommittee, 102, "Trần Văn Chủ", "Chủ tịch UBND quận");
    final PersonRef viceChairA = dir.deputy(peoplesCommittee, 103, "Lê Thị Phó", "Phó Chủ tịch UBND quận");
    final PersonRef viceChairB = dir.deputy(peoplesCommittee, 104, "Phạm Văn Phụ", "Phó Chủ tịch UBND quận");
    final PersonRef councilChair = dir.head(peoplesCouncil, 105, "Hoàng Văn Hội", "Chủ tịch HĐND quận");
    final PersonRef councilViceChair = dir.deputy(peoplesCouncil, 106, "Đỗ Thị Đồng", "Phó Chủ tịch HĐND quận");
    final PersonRef lawCommitteeHead = dir.head(lawCommittee, 107, "Vũ Văn Ban", "Trưởng Ban Pháp chế");
    final PersonRef lawCommitteeDeputy = dir.deputy(lawCommittee, 108, "Bùi Thị Pháp", "Phó Trưởng Ban Pháp chế");
    final PersonRef educationHead = dir.head(educationOffice, 109, "Ngô Văn Giáo", "Trưởng phòng GD&ĐT");
    final PersonRef educationDeputy = dir.deputy(educationOffice, 110, "Đinh Thị Dục", "Phó Trưởng phòng GD&ĐT");
    final PersonRef justiceHead = dir.head(justiceOffice, 111, "Lý Văn Tư", "Trưởng phòng");
    final PersonRef justiceDeputy = dir.deputy(justiceOffice, 112, "Mai Thị Pháp", "Phó Trưởng phòng");
    final PersonRef financeHead = dir.head(financeOffice, 113, "Tạ Văn Tài", "Trưởng phòng");
    final PersonRef financeDeputy = dir.deputy(financeOffice, 114, "Cao Thị Chính", "Phó Trưởng phòng");
    final PersonRef urbanHead = dir.head(urbanOffice, 115, "Kiều Văn Đô", "Trưởng phòng");
    final PersonRef urbanDeputy1 = dir.deputy(urbanOffice, 116, "Lạc Thị Thị", "Phó Trưởng phòng");
    final PersonRef urbanDeputy2 = dir.deputy(urbanOffice, 117, "Âu Văn Thành", "Phó Trưởng phòng");
    final PersonRef cultureDeputy = dir.deputy(cultureOffice, 118, "Hà Thị Văn", "Phó Trưởng phòng");
    final PersonRef propagandaHead = dir.head(propagandaBoard, 119, "Quách Văn Tuyên", "Trưởng Ban Tuyên giáo");
    final PersonRef frontChair = dir.head(front, 120, "Khúc Thị Mặt", "Chủ tịch Ủy ban MTTQ quận");
    final PersonRef principal = dir.head(school, 121, "Tôn Thị Hiệu", "Hiệu trưởng");
    final PersonRef vicePrincipal1 = dir.deputy(school, 122, "Lưu Văn Phó", "Phó Hiệu trưởng");
    final PersonRef vicePrincipal2 = dir.deputy(school, 123, "Mạc Thị Hai", "Phó Hiệu trưởng");
    final PersonRef wardSecretary = dir.head(wardParty, 130, "Giang Văn Thư", "Bí thư Đảng ủy phường");
    final PersonRef wardChair = dir.head(wardCommittee, 131, "Ông Văn Phường", "Chủ tịch UBND phường");
    final PersonRef wardViceChair = dir.deputy(wardCommittee, 132, "Ninh Thị Phó", "Phó Chủ tịch UBND phường");
    final PersonRef wardFrontChair = dir.head(wardFront, 133, "Yên Văn Trận", "Chủ tịch Ủy ban MTTQ phường");
    final PersonRef wardFrontVice = dir.deputy(wardFront, 134, "Tiêu Thị Mặt", "Phó Chủ tịch Ủy ban MTTQ phường");

    private final AuthorityResolver resolver = new AuthorityResolver();

    static Evaluated person(long id, String name, StaffCategory category, UnitRef unit, UnitRole role, String title) {
        return new Evaluated(id, name, category, false, unit, role, false, title);
    }

    static Evaluated as(PersonRef p, StaffCategory category, UnitRef unit, UnitRole role) {
        return new Evaluated(p.id(), p.fullName(), category, false, unit, role, false, p.positionTitle());
    }

    AuthorityChain quarterly(Evaluated person) {
        return quarterly(person, List.of());
    }

    AuthorityChain quarterly(Evaluated person, List<AuthorityOverride> overrides) {
        return resolver.resolve(person, EvaluationKind.QUARTERLY_PROFESSIONALISM, Q2_2023, TABLE, dir, overrides);
    }

    AuthorityChain annual(Evaluated person) {
        return resolver.resolve(person, EvaluationKind.ANNUAL_CLASSIFICATION, LocalDate.of(2023, 12, 15), TABLE, dir, List.of());
    }

    /** The ids of the people holding a role, in order. */
    static List<Long> ids(AuthorityChain chain, AuthorityRole role) {
        return chain.holders(role).stream().map(h -> ((PersonHolder) h).person().id()).toList();
    }

    /** The description of the single collective holding a role. */
    static String collective(AuthorityChain chain, AuthorityRole role) {
        return ((CollectiveHolder) chain.holder(role).orElseThrow()).description();
    }
}
