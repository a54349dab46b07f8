package vn.danhgia.organization.domain.authority;

import java.util.Objects;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;

/**
 * The person whose evaluators are resolved, as of the evaluation date.
 *
 * <p>The caller builds it from the person's membership on that date (ORG-9): the unit the person works
 * in <em>now</em> after a transfer (ANN-9), the unit they are seconded to (ANN-15), and the main,
 * highest position when they hold several (ANN-14).
 *
 * @param standingCommitteeManaged diện Ban Thường vụ Thành ủy / Quận ủy quản lý (ORG-3)
 * @param unit                     the unit of the position the evaluation is about, with its headcount on the date
 * @param role                     head, deputy or member of that unit (ORG-5)
 * @param districtStandingMember   Ủy viên Ban Thường vụ Quận ủy (PRO-9 line 1)
 * @param positionTitle            the title shown in explanations ("Chuyên viên", "Phó Hiệu trưởng")
 */
public record Evaluated(long personId, String fullName, StaffCategory category, boolean standingCommitteeManaged,
                        UnitRef unit, UnitRole role, boolean districtStandingMember, String positionTitle) {

    public Evaluated {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
    }

    /** "Nguyễn Văn An (Chuyên viên, Phòng Tư pháp)". */
    public String display() {
        String title = positionTitle == null || positionTitle.isBlank() ? "" : positionTitle + ", ";
        return fullName + " (" + title + unit.name() + ")";
    }
}
