package vn.danhgia.organization.domain.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitRole;

/**
 * Checks and plans dated changes of the unit tree (RULES.md ORG-1, ORG-9): create, rename, merge, abolish.
 * A change at date D closes old rows with {@code valid_to = D} and opens new rows with {@code valid_from = D},
 * so a 2023 quarter still sees the 2023 tree. Pure Java: each check returns the Vietnamese messages of
 * every violation (empty = allowed).
 */
public final class UnitChangeRules {

    /** Column width of {@code org_unit.code}. */
    public static final int CODE_MAX = 32;

    private UnitChangeRules() {
    }

    /** The code suggested for the new row of a renamed unit: old code + "-" + year, within the column width. */
    public static String suggestCode(String oldCode, LocalDate date) {
        String suffix = "-" + date.getYear();
        String base = oldCode == null ? "" : oldCode.strip();
        if (base.length() + suffix.length() > CODE_MAX) {
            base = base.substring(0, CODE_MAX - suffix.length());
        }
        return base + suffix;
    }

    /** The kinds of body a unit may send its summary to (RULES.md PRO-11 step 3). */
    public static final Set<UnitKind> FOCAL_KINDS = Set.of(UnitKind.HOME_AFFAIRS_OFFICE, UnitKind.EDUCATION_OFFICE,
            UnitKind.PARTY_ORGANISATION_BOARD);

    /**
     * Setting (or, with a null focal, clearing) the focal body of a unit (PRO-11 step 3): the unit is still valid
     * today; the focal body is another unit, valid today, of a focal kind.
     */
    public static List<String> checkFocal(UnitSnapshot unit, UnitSnapshot focal, UnitKind focalKind, LocalDate today) {
        List<String> errors = new ArrayList<>();
        if (unit.validTo() != null && !unit.validTo().isAfter(today)) {
            errors.add("Đơn vị " + unit.code() + " đã hết hiệu lực; không thể đổi cơ quan đầu mối.");
        }
        if (focal == null) {
            return errors;
        }
        if (focal.id() == unit.id()) {
            errors.add("Đơn vị không thể là cơ quan đầu mối của chính nó.");
        } else if (!focal.validOn(today)) {
            errors.add("Cơ quan đầu mối " + focal.code() + " không còn hiệu lực tại ngày " + format(today) + ".");
        } else if (focalKind == null || !FOCAL_KINDS.contains(focalKind)) {
            errors.add("Cơ quan đầu mối phải là Phòng Nội vụ, Phòng Giáo dục và Đào tạo hoặc Ban Tổ chức Quận ủy.");
        }
        return errors;
    }

    /** A new unit at a date: code and name given and free, parent valid on the first day. */
    public static List<String> checkCreate(String code, String name, LocalDate validFrom, UnitSnapshot parent,
                                           Predicate<String> codeTaken) {
        List<String> errors = new ArrayList<>();
        checkNewCode(code, codeTaken, errors);
        if (name == null || name.isBlank()) {
            errors.add("Chưa nhập tên đơn vị.");
        }
        if (validFrom == null) {
            errors.add("Chưa nhập ngày bắt đầu hiệu lực.");
        } else if (parent != null && !parent.validOn(validFrom)) {
            errors.add("Đơn vị cấp trên " + parent.code() + " không còn hiệu lực tại ngày " + format(validFrom) + ".");
        }
        return errors;
    }

    /** Renaming at a date: a new row with a new code and name replaces the old one. */
    public static List<String> checkRename(UnitSnapshot unit, LocalDate date, String newCode, String newName,
                                           UnitSnapshot parent, int childUnits, int laterMemberships,
                                           Predicate<String> codeTaken) {
        List<String> errors = new ArrayList<>();
        if (date == null) {
            errors.add("Chưa nhập ngày đổi tên.");
            return errors;
        }
        checkClosable(unit, date, childUnits, laterMemberships, errors);
        checkNewCode(newCode, codeTaken, errors);
        if (newName == null || newName.isBlank()) {
            errors.add("Chưa nhập tên mới của đơn vị.");
        } else if (newName.strip().equals(unit.name()) && unit.code().equalsIgnoreCase(strip(newCode))) {
            errors.add("Tên và mã mới trùng với tên và mã hiện tại.");
        }
        if (parent != null && !parent.validOn(date)) {
            errors.add("Đơn vị cấp trên " + parent.code() + " không còn hiệu lực tại ngày " + format(date) + ".");
        }
        return errors;
    }

    /** Merging several units of one block into a new unit at a date. */
    public static List<String> checkMerge(List<UnitSnapshot> sources, LocalDate date, String newCode, String newName,
                                          UnitSnapshot parent, Predicate<UnitSnapshot> hasChildUnits,
                                          Predicate<UnitSnapshot> hasLaterMemberships, Predicate<String> codeTaken) {
        List<String> errors = new ArrayList<>();
        if (date == null) {
            errors.add("Chưa nhập ngày hợp nhất.");
            return errors;
        }
        Set<Long> ids = new HashSet<>();
        for (UnitSnapshot s : sources) {
            if (!ids.add(s.id())) {
                errors.add("Đơn vị " + s.code() + " được chọn hai lần.");
            }
        }
        if (ids.size() < 2) {
            errors.add("Cần chọn ít nhất hai đơn vị để hợp nhất.");
        }
        if (sources.stream().map(UnitSnapshot::block).distinct().count() > 1) {
            errors.add("Chỉ hợp nhất được các đơn vị cùng khối.");
        }
        for (UnitSnapshot s : sources) {
            checkClosable(s, date, hasChildUnits.test(s) ? 1 : 0, hasLaterMemberships.test(s) ? 1 : 0, errors);
            if (newCode != null && s.code().equalsIgnoreCase(newCode.strip())) {
                errors.add("Không thể hợp nhất đơn vị " + s.code() + " vào chính nó: hãy đặt mã mới cho đơn vị sau hợp nhất.");
            }
        }
        checkNewCode(newCode, code -> codeTaken.test(code) && sources.stream()
                .noneMatch(s -> s.code().equalsIgnoreCase(code)), errors);
        if (newName == null || newName.isBlank()) {
            errors.add("Chưa nhập tên đơn vị sau hợp nhất.");
        }
        if (parent != null) {
            if (ids.contains(parent.id())) {
                errors.add("Đơn vị cấp trên không được là một trong các đơn vị bị hợp nhất.");
            } else if (!parent.validOn(date)) {
                errors.add("Đơn vị cấp trên " + parent.code() + " không còn hiệu lực tại ngày " + format(date) + ".");
            }
        }
        return errors;
    }

    /** Abolishing at a date: only a unit nobody belongs to on that date. */
    public static List<String> checkAbolish(UnitSnapshot unit, LocalDate date, int peopleOnDate, int childUnits,
                                            int laterMemberships) {
        List<String> errors = new ArrayList<>();
        if (date == null) {
            errors.add("Chưa nhập ngày giải thể.");
            return errors;
        }
        checkClosable(unit, date, childUnits, laterMemberships, errors);
        if (peopleOnDate > 0) {
            errors.add("Không thể giải thể đơn vị " + unit.code() + ": còn " + peopleOnDate
                    + " người đang công tác tại ngày " + format(date) + ". Hãy chuyển họ sang đơn vị khác trước.");
        }
        return errors;
    }

    /**
     * Plans the move of the memberships valid on the date to the new unit (RULES.md ORG-9). Titles, roles and kinds
     * are kept, except that when {@code newHeadPersonId} is given every other head becomes a deputy (still a
     * leader) — a unit has one head. Memberships that end before the date are left alone.
     */
    public static List<MembershipMove> planMoves(Collection<MembershipSnapshot> memberships, LocalDate date,
                                                 Long newHeadPersonId) {
        List<MembershipMove> moves = new ArrayList<>();
        for (MembershipSnapshot m : memberships) {
            if (!m.validOn(date)) {
                continue;
            }
            UnitRole role = m.role();
            if (role == UnitRole.HEAD && newHeadPersonId != null && m.personId() != newHeadPersonId) {
                role = UnitRole.DEPUTY;
            }
            moves.add(new MembershipMove(m, m.validFrom().isBefore(date), role, m.leader() || role != UnitRole.MEMBER));
        }
        return moves;
    }

    private static void checkClosable(UnitSnapshot unit, LocalDate date, int childUnits, int laterMemberships,
                                      List<String> errors) {
        if (unit.validTo() != null && !date.isBefore(unit.validTo())) {
            errors.add("Đơn vị " + unit.code() + " đã hết hiệu lực từ ngày " + format(unit.validTo()) + ".");
        } else if (!date.isAfter(unit.validFrom())) {
            errors.add("Ngày " + format(date) + " phải sau ngày bắt đầu hiệu lực của đơn vị " + unit.code() + " ("
                    + format(unit.validFrom()) + ").");
        } else if (unit.validTo() != null) {
            errors.add("Đơn vị " + unit.code() + " đã có ngày kết thúc hiệu lực " + format(unit.validTo())
                    + "; không thể thay đổi lại.");
        }
        if (childUnits > 0) {
            errors.add("Đơn vị " + unit.code() + " còn đơn vị trực thuộc có hiệu lực từ ngày " + format(date)
                    + "; hãy chuyển hoặc giải thể các đơn vị trực thuộc trước.");
        }
        if (laterMemberships > 0) {
            errors.add("Đơn vị " + unit.code() + " có quá trình công tác bắt đầu sau ngày " + format(date)
                    + "; hãy sửa các quá trình đó trước.");
        }
    }

    private static void checkNewCode(String code, Predicate<String> codeTaken, List<String> errors) {
        String c = strip(code);
        if (c.isEmpty()) {
            errors.add("Chưa nhập mã đơn vị.");
        } else if (c.length() > CODE_MAX) {
            errors.add("Mã đơn vị dài quá " + CODE_MAX + " ký tự.");
        } else if (codeTaken.test(c)) {
            errors.add("Mã đơn vị " + c + " đã tồn tại.");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** dd/MM/yyyy, as on Vietnamese documents. */
    public static String format(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
