package vn.danhgia.datagen;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.danhgia.datagen.Post.Profile;
import vn.danhgia.datagen.Rows.AbsenceRow;
import vn.danhgia.datagen.Rows.DisciplineRow;
import vn.danhgia.datagen.Rows.EmulationTitleRow;
import vn.danhgia.datagen.Rows.GradeAppointmentRow;
import vn.danhgia.datagen.Rows.InspectionRow;
import vn.danhgia.datagen.Rows.LegalParticipationRow;
import vn.danhgia.datagen.Rows.MembershipRow;
import vn.danhgia.datagen.Rows.PersonRow;
import vn.danhgia.datagen.Rows.QualificationRow;

/**
 * Makes one person for a post of a unit, with the facts the rules read: a primary membership, grade
 * appointments with history (ORG-4), degrees and certificates (ORG-6), emulation titles, and the absences
 * of 2023 (ORG-7). Everything comes from the caller's random generator, so a seed fixes the result.
 */
final class PeopleFactory {

    /** Timestamp written to created_at / updated_at, fixed so that a seed gives byte-identical rows. */
    static final LocalDateTime CREATED_AT = LocalDateTime.of(2023, 1, 1, 8, 0);
    static final LocalDate YEAR_START = LocalDate.of(2023, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);
    static final LocalDate SUMMER_BREAK_START = LocalDate.of(2023, 6, 19);

    private static final String[] ETHNIC_MINORITIES = {"Tày", "Mường", "Thái", "Nùng", "Dao", "Sán Dìu", "H'Mông"};

    /** The school, and whether the staff count of the unit must stay fixed all year (PRO-3 edge units). */
    record UnitCtx(String code, Kind kind, LocalDate validFrom, LocalDate summerBreakEnd, boolean stableSize) {
    }

    private final RowSink sink;
    private final String staffPrefix;
    private final int codeDigits;
    private final boolean rareFacts;
    private int next;

    /**
     * @param rareFacts also draw discipline, inspection and legal-participation records at low rates (scale
     *                  data); the demo places those by hand instead.
     */
    PeopleFactory(RowSink sink, String staffPrefix, int codeDigits, int firstIndex, boolean rareFacts) {
        this.sink = sink;
        this.staffPrefix = staffPrefix;
        this.codeDigits = codeDigits;
        this.rareFacts = rareFacts;
        this.next = firstIndex;
    }

    int created() {
        return next;
    }

    /** Creates the person, the primary membership and the facts; returns the person's index. */
    int create(SplittableRandom r, Post post, UnitCtx unit) throws SQLException {
        int index = next++;
        Profile profile = post.profile();
        boolean female = r.nextInt(100) < post.femalePercent();
        int birthYear = triangular(r, profile.bornFrom, profile.bornTo);
        LocalDate birthDate = LocalDate.ofYearDay(birthYear, 1 + r.nextInt(365));
        String fullName = Names.fullName(r, female, birthYear);
        boolean minority = r.nextInt(1000) < 12;
        String ethnicity = minority ? Names.pick(r, ETHNIC_MINORITIES) : "Kinh";
        boolean minorityArea = minority && r.nextInt(100) < 25;
        String code = staffCode(index);
        sink.person(new PersonRow(index, code, fullName, Names.fold(fullName), birthDate, female ? "FEMALE" : "MALE",
                ethnicity, minorityArea, post.category(), post.standingCommitteeManaged(),
                post.districtStandingMember()));

        LocalDate from = unit.validFrom();
        boolean newHire = !unit.stableSize() && !post.leader() && unit.validFrom().equals(YEAR_START)
                && birthYear >= 1995 && r.nextInt(100) < 12;
        if (newHire) {
            from = YEAR_START.plusDays(31 + r.nextInt(240));
        }
        sink.membership(new MembershipRow(index, unit.code(), post.title(), post.unitRole(), post.leader(), "PRIMARY",
                from, null, post.leader() ? decision(r, unit.kind()) : null));

        int joinYear = Math.max(1986, Math.min(2022, birthYear + 22 + r.nextInt(4)));
        grades(r, index, post, unit.kind(), joinYear, newHire ? from : null);
        qualifications(r, index, post, unit.kind(), birthYear, joinYear, minorityArea);
        emulation(r, index, post);
        absences(r, index, post, unit, female, birthYear, from);
        if (rareFacts) {
            rare(r, index, post);
        }
        return index;
    }

    // ---------------------------------------------------------------- ORG-4 grades

    private void grades(SplittableRandom r, int person, Post post, Kind kind, int joinYear, LocalDate hiredIn2023)
            throws SQLException {
        String category = post.category();
        if ("LDHD".equals(category) || "KHONG_CHUYEN_TRACH".equals(category)) {
            return;
        }
        String first;
        String last;
        int p = r.nextInt(100);
        switch (post.profile()) {
            case POLITICAL_LEADER -> {
                last = "01.002";
                first = p < 80 ? "01.003" : null;
            }
            case MANAGER -> {
                if (p < 65) {
                    last = "01.002";
                    first = "01.003";
                } else {
                    last = "01.003";
                    first = p < 80 ? "01.004" : null;
                }
            }
            case CIVIL_SERVANT, WARD_OFFICIAL, YOUTH_OFFICIAL -> {
                if (p < 10) {
                    last = "01.002";
                    first = "01.003";
                } else if (p < 85) {
                    last = "01.003";
                    first = p < 35 ? "01.004" : null;
                } else {
                    last = "01.004";
                    first = p < 90 ? "01.005" : null;
                }
            }
            case JUNIOR_CIVIL_SERVANT -> {
                if (p < 60) {
                    last = "01.004";
                    first = p < 20 ? "01.005" : null;
                } else {
                    last = "01.005";
                    first = null;
                }
            }
            case TEACHER, SCHOOL_MANAGER -> {
                boolean manager = post.profile() == Profile.SCHOOL_MANAGER;
                String[] titles = teacherTitles(kind);
                // titles[0] = lower title, titles[1] = higher title
                if (kind == Kind.LOWER_SECONDARY_SCHOOL) {
                    if (p < (manager ? 70 : 30)) {
                        last = titles[1];
                        first = p < (manager ? 50 : 18) ? titles[0] : null;
                    } else {
                        last = titles[0];
                        first = null;
                    }
                } else {
                    if (p < (manager ? 100 : 75)) {
                        last = titles[1];
                        first = p < (manager ? 50 : 30) ? titles[0] : null;
                    } else {
                        last = titles[0];
                        first = null;
                    }
                }
            }
            default -> {
                return;
            }
        }
        if (hiredIn2023 != null) {
            // probation of 12 months, then the official appointment (ORG-4: probation excluded)
            sink.gradeAppointment(new GradeAppointmentRow(person, last, hiredIn2023.plusYears(1), null,
                    decision(r, kind)));
            return;
        }
        LocalDate firstDate = LocalDate.ofYearDay(Math.min(2022, joinYear + 1), 1 + r.nextInt(360));
        if (first != null) {
            LocalDate second = firstDate.plusYears(4 + r.nextInt(9)).plusDays(r.nextInt(200));
            LocalDate latest = LocalDate.of(2022, 12, 15);
            if (second.isAfter(latest)) {
                second = latest.minusDays(r.nextInt(700));
            }
            if (second.isAfter(firstDate.plusYears(1))) {
                sink.gradeAppointment(new GradeAppointmentRow(person, first, firstDate, second, decision(r, kind)));
                sink.gradeAppointment(new GradeAppointmentRow(person, last, second, null, decision(r, kind)));
                return;
            }
        }
        sink.gradeAppointment(new GradeAppointmentRow(person, last, firstDate, null, decision(r, kind)));
    }

    /** {lower, higher} professional title of a teacher of that kind of school. */
    static String[] teacherTitles(Kind kind) {
        return switch (kind) {
            case PRESCHOOL -> new String[] {"V.07.02.06", "V.07.02.05"};
            case PRIMARY_SCHOOL -> new String[] {"V.07.03.09", "V.07.03.08"};
            default -> new String[] {"V.07.04.12", "V.07.04.11"};
        };
    }

    // ---------------------------------------------------------------- ORG-6 qualifications

    private static final String[][] CIVIL_FIELDS = {
        {"Luật", "Trường Đại học Luật Hà Nội"},
        {"Luật", "Khoa Luật - Đại học Quốc gia Hà Nội"},
        {"Hành chính học", "Học viện Hành chính Quốc gia"},
        {"Quản lý nhà nước", "Học viện Hành chính Quốc gia"},
        {"Kinh tế", "Trường Đại học Kinh tế Quốc dân"},
        {"Tài chính - Ngân hàng", "Học viện Tài chính"},
        {"Kế toán", "Học viện Tài chính"},
        {"Quản lý đất đai", "Trường Đại học Tài nguyên và Môi trường Hà Nội"},
        {"Kỹ thuật xây dựng", "Trường Đại học Xây dựng Hà Nội"},
        {"Quy hoạch vùng và đô thị", "Trường Đại học Kiến trúc Hà Nội"},
        {"Công nghệ thông tin", "Trường Đại học Bách khoa Hà Nội"},
        {"Xã hội học", "Trường Đại học Khoa học Xã hội và Nhân văn"},
        {"Chính trị học", "Học viện Báo chí và Tuyên truyền"},
        {"Công tác xã hội", "Trường Đại học Lao động - Xã hội"},
        {"Văn hóa học", "Trường Đại học Văn hóa Hà Nội"},
    };
    private static final String[][] MASTER_FIELDS = {
        {"Quản lý công", "Học viện Hành chính Quốc gia"},
        {"Luật Kinh tế", "Trường Đại học Luật Hà Nội"},
        {"Quản lý kinh tế", "Trường Đại học Kinh tế Quốc dân"},
        {"Chính trị học", "Học viện Chính trị Quốc gia Hồ Chí Minh"},
        {"Quản lý giáo dục", "Trường Đại học Sư phạm Hà Nội"},
    };
    private static final String[] SECONDARY_FIELDS = {"Sư phạm Toán học", "Sư phạm Ngữ văn", "Sư phạm Tiếng Anh",
        "Sư phạm Vật lý", "Sư phạm Hóa học", "Sư phạm Sinh học", "Sư phạm Lịch sử", "Sư phạm Địa lý",
        "Giáo dục Thể chất", "Sư phạm Âm nhạc", "Sư phạm Mỹ thuật", "Sư phạm Tin học", "Giáo dục Công dân"};
    private static final String[] TEACHER_SCHOOLS = {"Trường Đại học Sư phạm Hà Nội", "Trường Đại học Sư phạm Hà Nội 2",
        "Trường Đại học Thủ đô Hà Nội", "Trường Cao đẳng Sư phạm Trung ương", "Trường Đại học Giáo dục - ĐHQG Hà Nội"};

    private void qualifications(SplittableRandom r, int person, Post post, Kind kind, int birthYear, int joinYear,
                                boolean minorityArea) throws SQLException {
        currentPerson = person;
        Profile profile = post.profile();
        String category = post.category();
        boolean teacher = profile == Profile.TEACHER || profile == Profile.SCHOOL_MANAGER;
        boolean contract = "LDHD".equals(category);
        boolean partTime = "KHONG_CHUYEN_TRACH".equals(category);
        LocalDate graduation = LocalDate.of(Math.min(2022, birthYear + 22), 6, 15 + r.nextInt(15));

        // degree
        if (teacher) {
            String field = switch (kind) {
                case PRESCHOOL -> "Giáo dục Mầm non";
                case PRIMARY_SCHOOL -> "Giáo dục Tiểu học";
                default -> Names.pick(r, SECONDARY_FIELDS);
            };
            boolean college = kind == Kind.PRESCHOOL && birthYear < 1985 && r.nextInt(100) < 45
                    && profile == Profile.TEACHER;
            String institution = college ? "Trường Cao đẳng Sư phạm Trung ương" : Names.pick(r, TEACHER_SCHOOLS);
            sink.qualification(degree(college ? "COLLEGE" : "BACHELOR", field, institution, "Việt Nam", "Tiếng Việt",
                    r.nextInt(100) < 85, graduation));
            int masterPercent = profile == Profile.SCHOOL_MANAGER ? 45 : 7;
            if (r.nextInt(100) < masterPercent) {
                String masterField = r.nextBoolean() ? "Quản lý giáo dục" : "Lý luận và phương pháp dạy học";
                sink.qualification(degree("MASTER", masterField, "Trường Đại học Sư phạm Hà Nội", "Việt Nam",
                        "Tiếng Việt", false, graduation.plusYears(5 + r.nextInt(10)).withDayOfYear(200)));
            }
        } else if (contract || partTime) {
            int p = r.nextInt(100);
            if (p < 40) {
                String[] f = Names.pick(r, CIVIL_FIELDS);
                sink.qualification(degree("BACHELOR", f[0], f[1], "Việt Nam", "Tiếng Việt", r.nextBoolean(), graduation));
            } else if (p < 75) {
                sink.qualification(degree("INTERMEDIATE", r.nextBoolean() ? "Kế toán" : "Văn thư - Lưu trữ",
                        "Trường Trung cấp Kinh tế - Kỹ thuật Hà Nội", "Việt Nam", "Tiếng Việt", true,
                        graduation.minusYears(2)));
            }
        } else if (profile == Profile.SCHOOL_STAFF) {
            String field = Names.pick(r, new String[] {"Kế toán", "Văn thư - Lưu trữ", "Điều dưỡng", "Thư viện - Thông tin"});
            sink.qualification(degree(r.nextInt(100) < 55 ? "BACHELOR" : "COLLEGE", field, "Trường Cao đẳng Cộng đồng Hà Nội",
                    "Việt Nam", "Tiếng Việt", true, graduation));
        } else {
            String[] f = Names.pick(r, CIVIL_FIELDS);
            String level = profile == Profile.JUNIOR_CIVIL_SERVANT && r.nextInt(100) < 40 ? "COLLEGE" : "BACHELOR";
            sink.qualification(degree(level, f[0], f[1], "Việt Nam", "Tiếng Việt", r.nextInt(100) < 80, graduation));
            int masterPercent = switch (profile) {
                case POLITICAL_LEADER -> 55;
                case MANAGER -> 35;
                case CIVIL_SERVANT, PUBLIC_EMPLOYEE -> 12;
                default -> 4;
            };
            if (r.nextInt(100) < masterPercent) {
                LocalDate on = graduation.plusYears(4 + r.nextInt(12));
                on = on.isAfter(LocalDate.of(2022, 12, 1)) ? LocalDate.of(2022, 9, 30) : on;
                if (r.nextInt(100) < 6) {
                    String[] abroad = Names.pick(r, new String[][] {
                        {"Quản lý công", "Đại học Flinders", "Úc", "Tiếng Anh"},
                        {"Chính sách công", "Đại học Quốc gia Úc", "Úc", "Tiếng Anh"},
                        {"Quản trị công", "Trường Hành chính Quốc gia (ENA)", "Pháp", "Tiếng Pháp"},
                        {"Quản lý công", "Đại học Hành chính Quốc gia Hàn Quốc", "Hàn Quốc", "Tiếng Anh"}});
                    sink.qualification(degree("MASTER", abroad[0], abroad[1], abroad[2], abroad[3], true, on));
                } else {
                    String[] m = Names.pick(r, MASTER_FIELDS);
                    sink.qualification(degree("MASTER", m[0], m[1], "Việt Nam", "Tiếng Việt", r.nextInt(100) < 30, on));
                }
            }
        }

        // state management (civil servants, cán bộ) and political theory
        boolean civil = "CONG_CHUC".equals(category) || "CAN_BO".equals(category);
        if (civil) {
            boolean senior = profile == Profile.POLITICAL_LEADER || profile == Profile.MANAGER;
            if (r.nextInt(100) < (senior ? 95 : 72)) {
                LocalDate on = certificateDate(r, joinYear + 2);
                sink.qualification(certificate("STATE_MANAGEMENT",
                        "Chứng chỉ bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên", "CHUYEN_VIEN",
                        "Học viện Hành chính Quốc gia", on));
                if (senior && r.nextInt(100) < 70) {
                    sink.qualification(certificate("STATE_MANAGEMENT",
                            "Chứng chỉ bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên chính",
                            "CHUYEN_VIEN_CHINH", "Trường Đào tạo cán bộ Lê Hồng Phong", certificateDate(r, joinYear + 8)));
                }
            }
        }
        int theory = r.nextInt(100);
        if (profile == Profile.POLITICAL_LEADER || post.standingCommitteeManaged()) {
            sink.qualification(theory < 80
                    ? certificate("POLITICAL_THEORY", "Cao cấp lý luận chính trị - hành chính", "CAO_CAP",
                            "Học viện Chính trị Quốc gia Hồ Chí Minh", certificateDate(r, joinYear + 10))
                    : certificate("POLITICAL_THEORY", "Trung cấp lý luận chính trị - hành chính", "TRUNG_CAP",
                            "Trường Đào tạo cán bộ Lê Hồng Phong", certificateDate(r, joinYear + 6)));
        } else if (post.leader() || (civil && theory < 30) || (teacher && theory < 15)) {
            sink.qualification(certificate("POLITICAL_THEORY", "Trung cấp lý luận chính trị - hành chính", "TRUNG_CAP",
                    "Trường Đào tạo cán bộ Lê Hồng Phong", certificateDate(r, joinYear + 5)));
        } else if (civil && theory < 60) {
            sink.qualification(certificate("POLITICAL_THEORY", "Sơ cấp lý luận chính trị", "SO_CAP",
                    "Trung tâm Chính trị quận", certificateDate(r, joinYear + 2)));
        }

        // foreign language and IT
        if (!contract && r.nextInt(100) < (partTime ? 45 : 88)) {
            sink.qualification(foreignLanguage(r, joinYear, kind, post));
        }
        if (r.nextInt(100) < (contract ? 30 : partTime ? 60 : 85)) {
            int itYear = Math.max(joinYear - 1, 1995) + r.nextInt(6);
            if (itYear >= 2015 || r.nextInt(100) < 35) {
                boolean advanced = r.nextInt(100) < 4;
                sink.qualification(new QualificationRow(person, "IT",
                        advanced ? "Chứng chỉ ứng dụng công nghệ thông tin nâng cao"
                                : "Chứng chỉ ứng dụng công nghệ thông tin cơ bản",
                        advanced ? "NANG_CAO" : "CO_BAN", null, "Trường Đại học Sư phạm Hà Nội", "Việt Nam", null, null,
                        LocalDate.of(Math.max(2015, Math.min(2022, itYear)), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                        null, null, null));
            } else {
                String grade = r.nextInt(100) < 60 ? "A" : "B";
                sink.qualification(new QualificationRow(person, "IT", "Chứng chỉ tin học trình độ " + grade, "OLD_ABC",
                        null, "Trung tâm Tin học - Đại học Bách khoa Hà Nội", "Việt Nam", null, null,
                        LocalDate.of(Math.min(2014, itYear), 1 + r.nextInt(12), 1 + r.nextInt(28)), null, grade, null));
            }
        }
        if (teacher && r.nextInt(100) < 40) {
            String levelName = switch (kind) {
                case PRESCHOOL -> "giáo viên mầm non hạng III";
                case PRIMARY_SCHOOL -> "giáo viên tiểu học hạng III";
                default -> "giáo viên trung học cơ sở hạng II";
            };
            sink.qualification(new QualificationRow(person, "PROFESSIONAL_TRAINING",
                    "Chứng chỉ bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp " + levelName,
                    kind == Kind.LOWER_SECONDARY_SCHOOL ? "HANG_II" : "HANG_III", null,
                    "Trường Đại học Sư phạm Hà Nội", "Việt Nam", null, null,
                    LocalDate.of(2018 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28)), null, null, null));
        }
        if (minorityArea) {
            sink.qualification(new QualificationRow(person, "MINORITY_LANGUAGE", "Chứng chỉ tiếng dân tộc thiểu số",
                    "CO_BAN", "Tiếng Tày", "Trường Đại học Tân Trào", "Việt Nam", null, null,
                    LocalDate.of(2016 + r.nextInt(6), 5, 20), null, null, null));
        }
    }

    private QualificationRow degree(String level, String field, String institution, String country, String language,
                                    boolean fullTime, LocalDate issuedOn) {
        String name = switch (level) {
            case "MASTER" -> "Thạc sĩ " + field;
            case "DOCTORATE" -> "Tiến sĩ " + field;
            case "COLLEGE" -> "Cao đẳng " + field;
            case "INTERMEDIATE" -> "Trung cấp " + field;
            default -> field.startsWith("Kỹ thuật") || field.startsWith("Công nghệ") ? "Kỹ sư " + field
                    : "Cử nhân " + field;
        };
        return new QualificationRow(currentPerson, "DEGREE", name, level, field, institution, country, language,
                fullTime, issuedOn, null, null, null);
    }

    private QualificationRow certificate(String kind, String name, String level, String institution, LocalDate on) {
        return new QualificationRow(currentPerson, kind, name, level, null, institution, "Việt Nam", null, null, on, null,
                null, null);
    }

    private QualificationRow foreignLanguage(SplittableRandom r, int joinYear, Kind kind, Post post) {
        int p = r.nextInt(100);
        int year = Math.min(2022, Math.max(1996, joinYear - 1 + r.nextInt(8)));
        LocalDate on = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        if (post.profile() == Profile.TEACHER && kind == Kind.LOWER_SECONDARY_SCHOOL && p < 8) {
            return new QualificationRow(currentPerson, "FOREIGN_LANGUAGE",
                    "Chứng chỉ tiếng Anh bậc 5 (C1) theo Khung năng lực ngoại ngữ 6 bậc", "VN_FRAMEWORK", null,
                    "Trường Đại học Ngoại ngữ - ĐHQG Hà Nội", "Việt Nam", null, null,
                    LocalDate.of(Math.max(2016, year), on.getMonthValue(), on.getDayOfMonth()), null, "5", null);
        }
        if (p < 3) {
            BigDecimal score = BigDecimal.valueOf(50 + 5 * r.nextInt(6), 1); // 5.0 .. 7.5
            LocalDate issued = LocalDate.of(2019 + r.nextInt(4), on.getMonthValue(), on.getDayOfMonth());
            return new QualificationRow(currentPerson, "FOREIGN_LANGUAGE", "IELTS Academic", "IELTS", "Tiếng Anh",
                    "British Council", "Anh", null, null, issued, issued.plusYears(2), null, score);
        }
        if (p < 4) {
            BigDecimal score = BigDecimal.valueOf(45 + r.nextInt(50));
            LocalDate issued = LocalDate.of(2020 + r.nextInt(3), on.getMonthValue(), on.getDayOfMonth());
            return new QualificationRow(currentPerson, "FOREIGN_LANGUAGE", "TOEFL iBT", "TOEFL_IBT", "Tiếng Anh",
                    "ETS", "Hoa Kỳ", null, null, issued, issued.plusYears(2), null, score);
        }
        if (year < 2015 && p < 65) {
            String language = p < 60 ? "tiếng Anh" : p < 63 ? "tiếng Pháp" : "tiếng Trung";
            String grade = p < 15 ? "A" : p < 55 ? "B" : "C";
            return new QualificationRow(currentPerson, "FOREIGN_LANGUAGE",
                    "Chứng chỉ " + language + " trình độ " + grade, "OLD_ABC", capitalise(language),
                    "Trường Đại học Hà Nội", "Việt Nam", null, null, on, null, grade, null);
        }
        LocalDate issued = LocalDate.of(Math.max(2015, year), on.getMonthValue(), on.getDayOfMonth());
        if (p < 80) {
            String level = p < 40 ? "2" : p < 72 ? "3" : "4";
            String cefr = switch (level) {
                case "2" -> "A2";
                case "3" -> "B1";
                default -> "B2";
            };
            return new QualificationRow(currentPerson, "FOREIGN_LANGUAGE",
                    "Chứng chỉ tiếng Anh bậc " + level + " (" + cefr + ") theo Khung năng lực ngoại ngữ 6 bậc",
                    "VN_FRAMEWORK", "Tiếng Anh", "Trường Đại học Ngoại ngữ - ĐHQG Hà Nội", "Việt Nam", null, null, issued,
                    null, level, null);
        }
        String cefr = p < 92 ? "B1" : "B2";
        return new QualificationRow(currentPerson, "FOREIGN_LANGUAGE", "Chứng chỉ tiếng Anh " + cefr + " (CEFR)", "CEFR",
                "Tiếng Anh", "Trường Đại học Sư phạm Hà Nội", "Việt Nam", null, null, issued, null, cefr, null);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static LocalDate certificateDate(SplittableRandom r, int year) {
        int y = Math.min(2022, Math.max(1995, year + r.nextInt(3)));
        return LocalDate.of(y, 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** The person whose qualifications are being made (used by the row builders below). */
    private int currentPerson;

    // ---------------------------------------------------------------- ORG-6 emulation titles

    private void emulation(SplittableRandom r, int person, Post post) throws SQLException {
        String category = post.category();
        if ("KHONG_CHUYEN_TRACH".equals(category) && r.nextInt(100) < 70) {
            return;
        }
        int p = r.nextInt(1000);
        if (p < 20) {
            sink.emulationTitle(new EmulationTitleRow(person, "Bằng khen của Chủ tịch UBND Thành phố", "Thành phố", 2022,
                    LocalDate.of(2023, 1, 16)));
        } else if (p < 100) {
            sink.emulationTitle(new EmulationTitleRow(person, "Chiến sĩ thi đua cơ sở", "Cơ sở", 2022,
                    LocalDate.of(2022, 12, 28)));
        } else if (p < 480) {
            sink.emulationTitle(new EmulationTitleRow(person, "Lao động tiên tiến", "Cơ sở", 2022,
                    LocalDate.of(2022, 12, 28)));
        }
        if (post.profile() == Profile.TEACHER) {
            int q = r.nextInt(100);
            if (q < 3) {
                sink.emulationTitle(new EmulationTitleRow(person, "Giáo viên dạy giỏi cấp quận", "Quận", 2022,
                        LocalDate.of(2022, 12, 20)));
            } else if (q < 15) {
                sink.emulationTitle(new EmulationTitleRow(person, "Giáo viên dạy giỏi cấp trường", "Trường", 2022,
                        LocalDate.of(2022, 11, 18)));
            }
        }
    }

    // ---------------------------------------------------------------- ORG-7 absences

    private void absences(SplittableRandom r, int person, Post post, UnitCtx unit, boolean female, int birthYear,
                          LocalDate from) throws SQLException {
        List<LocalDate[]> taken = new ArrayList<>();
        int age = 2023 - birthYear;
        boolean teacher = post.profile() == Profile.TEACHER;
        if (female && age >= 22 && age <= 40 && r.nextInt(100) < 5) {
            LocalDate start = LocalDate.of(2022, 8, 1).plusDays(r.nextInt(480));
            if (!start.isBefore(from)) {
                LocalDate end = start.plusMonths(6).minusDays(1);
                add(taken, new AbsenceRow(person, "MATERNITY", start, end, null));
            }
        }
        if (teacher && unit.summerBreakEnd() != null) {
            add(taken, new AbsenceRow(person, "SUMMER_BREAK", SUMMER_BREAK_START, unit.summerBreakEnd(),
                    "Nghỉ hè năm học 2022-2023"));
        }
        int p = r.nextInt(1000);
        if (p < 70) {
            addRun(r, taken, person, "SICK", 2 + r.nextInt(7), teacher, from);
        } else if (p < 76) {
            addRun(r, taken, person, "SICK", 20 + r.nextInt(16), teacher, from);
        } else if (p < 79) {
            addRun(r, taken, person, "UNPAID", 5 + r.nextInt(16), teacher, from);
        } else if (p < 95 && ("CONG_CHUC".equals(post.category()) || "CAN_BO".equals(post.category()))) {
            addRun(r, taken, person, "TRAINING", 10 + r.nextInt(16), teacher, from);
        }
        if (!teacher && !post.profile().equals(Profile.SCHOOL_MANAGER) && r.nextInt(100) < 22) {
            addRun(r, taken, person, "ANNUAL", 3 + r.nextInt(8), false, from);
        }
    }

    private void addRun(SplittableRandom r, List<LocalDate[]> taken, int person, String kind, int days,
                        boolean avoidSummer, LocalDate from) throws SQLException {
        for (int attempt = 0; attempt < 4; attempt++) {
            LocalDate start = WorkingDays.nextWorkingDay(YEAR_START.plusDays(1 + r.nextInt(330)));
            if (avoidSummer && start.getMonthValue() >= 6 && start.getMonthValue() <= 8) {
                continue;
            }
            if (start.isBefore(from)) {
                continue;
            }
            LocalDate end = WorkingDays.endOfRun(start, days);
            if (end.isAfter(YEAR_END) || overlaps(taken, start, end)) {
                continue;
            }
            add(taken, new AbsenceRow(person, kind, start, end, null));
            return;
        }
    }

    private void add(List<LocalDate[]> taken, AbsenceRow row) throws SQLException {
        if (overlaps(taken, row.startDate(), row.endDate())) {
            return;
        }
        taken.add(new LocalDate[] {row.startDate(), row.endDate()});
        sink.absence(row);
    }

    static boolean overlaps(List<LocalDate[]> taken, LocalDate start, LocalDate end) {
        for (LocalDate[] t : taken) {
            if (!start.isAfter(t[1]) && !end.isBefore(t[0])) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- ORG-6, ORG-8 rare facts (scale data)

    private void rare(SplittableRandom r, int person, Post post) throws SQLException {
        int p = r.nextInt(10_000);
        if (p < 8) {
            LocalDate from = YEAR_START.plusDays(r.nextInt(300));
            boolean party = r.nextBoolean();
            sink.discipline(new DisciplineRow(person, party ? "PARTY" : "GOVERNMENT",
                    r.nextInt(100) < 80 ? "Khiển trách" : "Cảnh cáo", from, from.plusYears(1).minusDays(1),
                    (100 + r.nextInt(900)) + (party ? "-QĐ/UBKT" : "/QĐ-UBND")));
        } else if (p < 12) {
            LocalDate from = YEAR_START.plusDays(r.nextInt(300));
            boolean found = r.nextBoolean();
            sink.inspection(new InspectionRow(person, found ? "VIOLATION_FOUND" : "UNDER_INSPECTION", from,
                    found ? from : from.plusDays(60 + r.nextInt(60)),
                    found ? "Kết luận thanh tra số " + (1 + r.nextInt(90)) + "/KL-TTr: có vi phạm" : null));
        } else if (p < 40 && "CONG_CHUC".equals(post.category())) {
            sink.legalParticipation(new LegalParticipationRow(person,
                    "Dự thảo văn bản quy phạm pháp luật của HĐND cấp huyện năm 2022", "LEGAL_DOCUMENT",
                    "Thành viên Ban soạn thảo", LocalDate.of(2022, 6 + r.nextInt(6), 1 + r.nextInt(28))));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Prefix + the 1-based index, zero-padded to {@code codeDigits} ("LB000123"). */
    String staffCode(int index) {
        String n = Integer.toString(index + 1);
        StringBuilder code = new StringBuilder(staffPrefix.length() + Math.max(codeDigits, n.length()));
        code.append(staffPrefix);
        for (int i = n.length(); i < codeDigits; i++) {
            code.append('0');
        }
        return code.append(n).toString();
    }

    static String decision(SplittableRandom r, Kind kind) {
        String issuer = "PARTY".equals(kind.block) ? "-QĐ/QU" : "/QĐ-UBND";
        return (100 + r.nextInt(9000)) + issuer;
    }

    /** An integer in [from, to] with a tent-shaped distribution (fewer at both ends). */
    static int triangular(SplittableRandom r, int from, int to) {
        int span = to - from;
        return from + (r.nextInt(span + 1) + r.nextInt(span + 1) + 1) / 2;
    }
}
