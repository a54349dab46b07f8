package vn.danhgia.datagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.datagen.Rows.AbsenceRow;
import vn.danhgia.datagen.Rows.GradeAppointmentRow;
import vn.danhgia.datagen.Rows.MembershipRow;
import vn.danhgia.datagen.Rows.PersonRow;
import vn.danhgia.datagen.Rows.UnitEventRow;
import vn.danhgia.datagen.Rows.UnitRow;

class DemoDatasetTest {

    private static final Dataset DATA = DemoDataset.generate(DemoDataset.DEFAULT_SEED);
    private static final Map<String, UnitRow> UNITS = DATA.units().stream()
            .collect(Collectors.toMap(UnitRow::code, u -> u));
    private static final LocalDate Q3_START = LocalDate.of(2023, 7, 1);
    private static final LocalDate Q3_END = LocalDate.of(2023, 9, 30);
    private static final Set<String> PRO8_KINDS = Set.of("MATERNITY", "SICK", "UNPAID", "ANNUAL", "SUMMER_BREAK");

    /** Dates on which the tree is checked: the 2023 quarter ends, the day before and of the reform, today. */
    private static final List<LocalDate> CHECK_DATES = List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31),
            LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2025, 6, 30),
            DemoDataset.REFORM_DATE, LocalDate.of(2026, 11, 23));

    @Test
    @DisplayName("Same seed, same data: the first 50 people and every table are identical; another seed differs")
    void deterministic() {
        Dataset again = DemoDataset.generate(DemoDataset.DEFAULT_SEED);
        assertEquals(DATA.people().subList(0, 50), again.people().subList(0, 50));
        assertEquals(DATA.people(), again.people());
        assertEquals(DATA.memberships(), again.memberships());
        assertEquals(DATA.qualifications(), again.qualifications());
        assertEquals(DATA.absences(), again.absences());
        assertEquals(DATA.gradeAppointments(), again.gradeAppointments());
        assertEquals(DATA.unitEvents(), again.unitEvents());
        assertNotEquals(DATA.people().subList(0, 50), DemoDataset.generate(7).people().subList(0, 50));
    }

    @Test
    @DisplayName("Names fold to lower-case ASCII for search: đ→d, marks stripped, NFC or NFD input alike")
    void nameFolding() {
        assertEquals("nguyen thi thu ha", Names.fold("Nguyễn Thị Thu Hà"));
        assertEquals("dang duc dat", Names.fold("Đặng Đức Đạt"));
        assertEquals("nguyen thi thu ha", Names.fold(Normalizer.normalize("Nguyễn  Thị Thu Hà ", Normalizer.Form.NFD)));
        assertEquals("ho quynh huong", Names.fold("HỒ QUỲNH HƯƠNG"));
        for (PersonRow p : DATA.people()) {
            assertTrue(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC), p.fullName());
            assertEquals(Names.fold(p.fullName()), p.searchName());
            assertTrue(p.searchName().matches("[a-z]+( [a-z]+){2,3}"), p.searchName());
        }
    }

    @Test
    @DisplayName("People: 5,000–6,000, unique staff codes, born 1963–2001, common family names most frequent")
    void people() {
        int n = DATA.people().size();
        assertTrue(n >= 5000 && n <= 6000, "people " + n);
        Set<String> codes = new HashSet<>();
        Map<String, Integer> families = new HashMap<>();
        for (PersonRow p : DATA.people()) {
            assertTrue(codes.add(p.staffCode()), p.staffCode());
            assertTrue(p.staffCode().matches("LB\\d{6}"), p.staffCode());
            assertTrue(p.birthDate().getYear() >= 1963 && p.birthDate().getYear() <= 2001, p.toString());
            families.merge(p.fullName().split(" ")[0], 1, Integer::sum);
            List<String> words = List.of(p.fullName().split(" "));
            assertEquals(words.size(), Set.copyOf(words).size(), "repeated word in " + p.fullName());
        }
        int nguyen = families.get("Nguyễn");
        assertTrue(nguyen > n * 0.3 && nguyen < n * 0.46, "Nguyễn " + nguyen);
        assertTrue(families.get("Trần") > families.get("Đỗ"));
        long women = DATA.people().stream().filter(p -> "FEMALE".equals(p.sex())).count();
        assertTrue(women > n / 2, "schools are mostly women");
        assertTrue(DATA.people().stream().anyMatch(p -> !"Kinh".equals(p.ethnicity())));
        assertEquals(Set.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC", "LDHD", "KHONG_CHUYEN_TRACH"),
                DATA.people().stream().map(PersonRow::category).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("ORG-1: parents before children, unique codes, sort path, block = kind's block, focal bodies of PRO-11")
    void treeIsWellFormed() {
        Set<String> seen = new HashSet<>();
        for (UnitRow u : DATA.units()) {
            assertTrue(u.parentCode() == null || seen.contains(u.parentCode()), u.code() + " before its parent");
            assertTrue(seen.add(u.code()), "duplicate code " + u.code());
            String expectedPath = u.parentCode() == null ? u.code() : UNITS.get(u.parentCode()).sortPath() + "/" + u.code();
            assertEquals(expectedPath, u.sortPath());
            Kind kind = Kind.valueOf(u.kind());
            assertEquals(kind.block, u.block(), u.code());
            String expectedFocal = kind.isSchool() ? DemoDataset.EDUCATION_OFFICE
                    : "PARTY".equals(kind.block) ? DemoDataset.PARTY_ORGANISATION_BOARD : DemoDataset.HOME_AFFAIRS_OFFICE;
            assertEquals(expectedFocal, u.focalCode(), u.code());
            if (u.parentCode() != null) {
                UnitRow parent = UNITS.get(u.parentCode());
                assertFalse(u.validFrom().isBefore(parent.validFrom()), u.code());
                assertTrue(parent.validTo() == null
                        || u.validTo() != null && !u.validTo().isAfter(parent.validTo()), u.code() + " outlives its parent");
            }
        }
        assertEquals("PARTY_ORGANISATION_BOARD", UNITS.get("QU-BTC").kind());
        assertEquals("Ban Tổ chức Quận ủy", UNITS.get("QU-BTC").name());
        assertEquals("HOME_AFFAIRS_OFFICE", UNITS.get("UB-PNV").kind());
        assertEquals("EDUCATION_OFFICE", UNITS.get("UB-PGD").kind());
        assertEquals(2, DATA.units().stream().filter(u -> "PUBLIC_SERVICE_UNIT".equals(u.kind())).count());
        assertEquals(2, DATA.units().stream().filter(u -> "PEOPLES_COUNCIL_COMMITTEE".equals(u.kind())).count());
        long schools = DATA.units().stream().filter(u -> Kind.valueOf(u.kind()).isSchool()).count();
        assertTrue(schools >= 55 && schools <= 65, "schools " + schools);
    }

    @Test
    @DisplayName("ORG-1: the 14 wards of Long Biên each have Party Committee, People's Committee, Front and two mass organisations in 2023")
    void fourteenWards() {
        assertEquals(14, DemoDataset.WARDS.size());
        for (String ward : DemoDataset.WARDS) {
            List<String> kinds = DATA.units().stream()
                    .filter(u -> u.name().endsWith("phường " + ward) && u.validOn(LocalDate.of(2023, 6, 30)))
                    .map(UnitRow::kind).sorted().toList();
            assertEquals(List.of("WARD_FATHERLAND_FRONT", "WARD_MASS_ORGANISATION", "WARD_MASS_ORGANISATION",
                    "WARD_PARTY_COMMITTEE", "WARD_PEOPLES_COMMITTEE"), kinds, ward);
        }
    }

    @Test
    @DisplayName("PRO-9 (V3): the bodies of a ward share an area code with exactly one ward Party Committee at any date")
    void wardAreaCodes() {
        for (LocalDate date : CHECK_DATES) {
            Map<String, List<UnitRow>> byArea = DATA.units().stream()
                    .filter(u -> u.areaCode() != null && u.validOn(date))
                    .collect(Collectors.groupingBy(UnitRow::areaCode));
            assertEquals(date.isBefore(DemoDataset.REFORM_DATE) ? 14 : 4, byArea.size(), date.toString());
            byArea.forEach((area, units) -> {
                assertEquals(5, units.size(), area);
                assertEquals(1, units.stream().filter(u -> "WARD_PARTY_COMMITTEE".equals(u.kind())).count(), area);
                assertEquals(1, units.stream().filter(u -> "WARD_PEOPLES_COMMITTEE".equals(u.kind())).count(), area);
            });
        }
        for (UnitRow u : DATA.units()) {
            assertEquals(u.kind().startsWith("WARD_"), u.areaCode() != null, u.code());
        }
    }

    @Test
    @DisplayName("PRO-9 line 1 (V3): the district Standing Board members are the Party secretaries, the PC chair and board heads")
    void districtStandingMembers() {
        Map<Integer, MembershipRow> primary = DATA.memberships().stream()
                .filter(m -> "PRIMARY".equals(m.kind()) && m.validOn(DemoDataset.VALID_FROM))
                .collect(Collectors.toMap(MembershipRow::person, m -> m));
        List<String> members = DATA.people().stream().filter(PersonRow::districtStandingMember)
                .map(p -> primary.get(p.index()).unitCode() + " " + primary.get(p.index()).unitRole()).sorted().toList();
        assertEquals(List.of("MTTQ HEAD", "QU DEPUTY", "QU HEAD", "QU-BDV HEAD", "QU-BTC HEAD", "QU-BTG HEAD",
                "QU-UBKT HEAD", "UBND DEPUTY", "UBND HEAD"), members);
        assertTrue(DATA.people().stream().filter(PersonRow::districtStandingMember)
                .allMatch(PersonRow::standingCommitteeManaged));
    }

    @Test
    @DisplayName("The units the browser test looks for exist; district bodies are valid today; only one unit today matches 'Nội vụ'")
    void namesTheBrowserTestExpects() {
        LocalDate today = LocalDate.now();
        for (String name : List.of("Quận ủy Long Biên", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Giáo dục và Đào tạo",
                "Trường Mầm non Hoa Sữa")) {
            assertTrue(DATA.units().stream().anyMatch(u -> u.name().equals(name) && u.validOn(today)), name);
        }
        assertTrue(DATA.units().stream().anyMatch(u -> u.name().equals("Ủy ban nhân dân phường Thượng Thanh")
                && u.validOn(LocalDate.of(2023, 6, 30))));
        assertEquals(1, DATA.units().stream().filter(u -> u.name().contains("Nội vụ") && u.validOn(today)).count());
    }

    @Test
    @DisplayName("ORG-5: on every checked date every valid unit has exactly one head and at most three deputies")
    void exactlyOneHead() {
        for (LocalDate date : CHECK_DATES) {
            Map<String, Integer> heads = new HashMap<>();
            Map<String, Integer> deputies = new HashMap<>();
            for (MembershipRow m : DATA.memberships()) {
                if (m.validOn(date)) {
                    if ("HEAD".equals(m.unitRole())) {
                        heads.merge(m.unitCode(), 1, Integer::sum);
                    } else if ("DEPUTY".equals(m.unitRole())) {
                        deputies.merge(m.unitCode(), 1, Integer::sum);
                    }
                    assertEquals(!"MEMBER".equals(m.unitRole()), m.leader(), m.toString());
                }
            }
            for (UnitRow u : DATA.units()) {
                if (u.validOn(date)) {
                    assertEquals(1, heads.getOrDefault(u.code(), 0), u.code() + " on " + date);
                    assertTrue(deputies.getOrDefault(u.code(), 0) <= 3, u.code() + " on " + date);
                } else {
                    assertEquals(0, heads.getOrDefault(u.code(), 0), u.code() + " closed on " + date);
                }
            }
        }
    }

    @Test
    @DisplayName("ORG-9: memberships reference existing units and fall inside the unit's validity")
    void membershipsReferenceUnits() {
        for (MembershipRow m : DATA.memberships()) {
            UnitRow u = UNITS.get(m.unitCode());
            assertNotNull(u, m.toString());
            assertFalse(m.validFrom().isBefore(u.validFrom()), m.toString());
            if (u.validTo() != null) {
                assertNotNull(m.validTo(), m.toString());
                assertFalse(m.validTo().isAfter(u.validTo()), m.toString());
            }
            assertTrue(m.validTo() == null || m.validTo().isAfter(m.validFrom()), m.toString());
            assertTrue(m.person() >= 0 && m.person() < DATA.people().size());
        }
        Map<String, Long> kinds = DATA.memberships().stream()
                .collect(Collectors.groupingBy(MembershipRow::kind, Collectors.counting()));
        assertTrue(kinds.get("CONCURRENT") >= 3, kinds.toString());
        assertTrue(kinds.get("SECONDMENT") >= 2, kinds.toString());
        Map<Integer, List<MembershipRow>> primaries = DATA.memberships().stream()
                .filter(m -> "PRIMARY".equals(m.kind())).collect(Collectors.groupingBy(MembershipRow::person));
        for (PersonRow p : DATA.people()) {
            assertTrue(primaries.containsKey(p.index()), p.staffCode() + " has no primary membership");
            for (LocalDate date : CHECK_DATES) {
                long valid = primaries.get(p.index()).stream().filter(m -> m.validOn(date)).count();
                assertTrue(valid <= 1, p.staffCode() + " on " + date);
            }
        }
    }

    @Test
    @DisplayName("PRO-3/PRO-9: an office with exactly 19 and one with exactly 20 staff all 2023; others on both sides of 20")
    void nineteenAndTwentyStaff() {
        assertEquals("OFFICE", UNITS.get(DemoDataset.UNIT_WITH_19_STAFF).kind());
        assertEquals("OFFICE", UNITS.get(DemoDataset.UNIT_WITH_20_STAFF).kind());
        for (LocalDate date = LocalDate.of(2023, 1, 1); date.getYear() == 2023; date = date.plusDays(1)) {
            assertEquals(19, staff(DemoDataset.UNIT_WITH_19_STAFF, date), date.toString());
            assertEquals(20, staff(DemoDataset.UNIT_WITH_20_STAFF, date), date.toString());
        }
        LocalDate q3 = LocalDate.of(2023, 9, 30);
        List<UnitRow> offices = DATA.units().stream()
                .filter(u -> u.kind().endsWith("OFFICE") || "PUBLIC_SERVICE_UNIT".equals(u.kind())).toList();
        assertTrue(offices.stream().filter(u -> staff(u.code(), q3) < 20).count() >= 5);
        assertTrue(offices.stream().filter(u -> staff(u.code(), q3) >= 20).count() >= 4);
        for (UnitRow u : DATA.units()) {
            if (Kind.valueOf(u.kind()).isSchool()) {
                for (LocalDate d : List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))) {
                    int n = staff(u.code(), d);
                    assertTrue(n >= 25 && n <= 90, u.code() + " has " + n);
                }
            }
        }
    }

    private static final Map<String, List<MembershipRow>> PRIMARY_BY_UNIT = DATA.memberships().stream()
            .filter(m -> "PRIMARY".equals(m.kind())).collect(Collectors.groupingBy(MembershipRow::unitCode));

    /** Staff of a unit on a date: its primary memberships valid that day. */
    private static int staff(String unit, LocalDate date) {
        return (int) PRIMARY_BY_UNIT.getOrDefault(unit, List.of()).stream().filter(m -> m.validOn(date)).count();
    }

    @Test
    @DisplayName("PRO-8: absences of exactly 14 and 15 working days in Q3/2023 exist (leave and summer break), none overlap")
    void pro8EdgeAbsences() {
        Set<Integer> q3Days = new HashSet<>();
        Set<Integer> summerDays = new HashSet<>();
        for (AbsenceRow a : DATA.absences()) {
            assertFalse(a.endDate().isBefore(a.startDate()), a.toString());
            if (PRO8_KINDS.contains(a.kind())) {
                int days = WorkingDays.count(a.startDate(), a.endDate(), Q3_START, Q3_END, WorkingDays.HOLIDAYS_Q3_2023);
                q3Days.add(days);
                if ("SUMMER_BREAK".equals(a.kind())) {
                    summerDays.add(days);
                }
            }
        }
        assertTrue(q3Days.containsAll(Set.of(13, 14, 15)), q3Days.toString());
        assertTrue(summerDays.containsAll(Set.of(14, 15)), summerDays.toString());
        assertTrue(DATA.absences().stream().anyMatch(a -> "MATERNITY".equals(a.kind())
                && a.endDate().equals(a.startDate().plusMonths(6).minusDays(1))));
        Map<Integer, List<AbsenceRow>> byPerson = DATA.absences().stream()
                .collect(Collectors.groupingBy(AbsenceRow::person));
        byPerson.forEach((person, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    AbsenceRow a = list.get(i);
                    AbsenceRow b = list.get(j);
                    assertTrue(a.endDate().isBefore(b.startDate()) || b.endDate().isBefore(a.startDate()),
                            a + " overlaps " + b);
                }
            }
        });
    }

    @Test
    @DisplayName("ORG-1/ORG-9: 2025 MERGE events go from closed old-ward units to new units; ward staff move with dated memberships")
    void mergeEvents() {
        LocalDate reform = DemoDataset.REFORM_DATE;
        Set<String> from = new HashSet<>();
        Set<String> to = new HashSet<>();
        for (UnitEventRow e : DATA.unitEvents()) {
            assertEquals("MERGE", e.kind());
            assertEquals(reform, e.eventDate());
            assertTrue(e.fromUnits().size() >= 2, e.toString());
            assertEquals(1, e.toUnits().size(), e.toString());
            Set<String> kinds = new HashSet<>();
            for (String code : e.fromUnits()) {
                UnitRow u = UNITS.get(code);
                assertEquals(reform, u.validTo(), code + " must close on the reform date");
                assertTrue(from.add(code), code + " merged twice");
                kinds.add(u.kind());
            }
            UnitRow target = UNITS.get(e.toUnits().get(0));
            assertEquals(reform, target.validFrom());
            assertTrue(target.validTo() == null);
            assertTrue(to.add(target.code()));
            assertEquals(Set.of(target.kind()), kinds, "a merge joins units of one kind");
        }
        assertEquals(14 * 5, from.size());
        assertEquals(4 * 5, to.size());
        // every old-ward unit is merged; no old-ward unit survives the reform
        for (UnitRow u : DATA.units()) {
            if (u.code().matches("P\\d\\d-.*")) {
                assertTrue(from.contains(u.code()), u.code());
            }
        }
        // everyone who held a primary post in an old ward on 30/06/2025 holds one in a new ward on 01/07/2025
        LocalDate before = reform.minusDays(1);
        for (MembershipRow m : DATA.memberships()) {
            if (from.contains(m.unitCode()) && m.validOn(before)) {
                assertEquals(reform, m.validTo(), m.toString());
                if ("PRIMARY".equals(m.kind())) {
                    assertTrue(PRIMARY_BY_UNIT.entrySet().stream().filter(e -> to.contains(e.getKey()))
                            .flatMap(e -> e.getValue().stream())
                            .anyMatch(n -> n.person() == m.person() && reform.equals(n.validFrom())), m.toString());
                }
            }
        }
        assertEquals(DemoDataset.MERGED_WARDS.values().stream().mapToInt(List::size).sum(), 14);
        assertEquals(Set.copyOf(DemoDataset.WARDS),
                DemoDataset.MERGED_WARDS.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("ORG-3/ORG-4: standing-committee flag on district heads and ward secretaries/chairs; grade history chains")
    void gradesAndFlags() {
        Map<Integer, PersonRow> people = new HashMap<>();
        DATA.people().forEach(p -> people.put(p.index(), p));
        for (MembershipRow m : DATA.memberships()) {
            if ("HEAD".equals(m.unitRole()) && "PRIMARY".equals(m.kind()) && m.validFrom().equals(DemoDataset.VALID_FROM)) {
                String kind = UNITS.get(m.unitCode()).kind();
                boolean expected = !Kind.valueOf(kind).isSchool() && !kind.equals("WARD_FATHERLAND_FRONT")
                        && !kind.equals("WARD_MASS_ORGANISATION");
                assertEquals(expected, people.get(m.person()).standingCommitteeManaged(), m.toString());
            }
        }
        Set<String> catalogue = Set.of("01.002", "01.003", "01.004", "01.005", "V.07.02.05", "V.07.02.06", "V.07.03.08",
                "V.07.03.09", "V.07.04.11", "V.07.04.12");
        Map<Integer, List<GradeAppointmentRow>> byPerson = new HashMap<>();
        for (GradeAppointmentRow g : DATA.gradeAppointments()) {
            assertTrue(catalogue.contains(g.gradeCode()), g.gradeCode());
            byPerson.computeIfAbsent(g.person(), k -> new ArrayList<>()).add(g);
        }
        long withHistory = byPerson.values().stream().filter(l -> l.size() == 2).count();
        assertTrue(withHistory > 300, "people with two appointments: " + withHistory);
        for (List<GradeAppointmentRow> list : byPerson.values()) {
            if (list.size() == 2) {
                assertEquals(list.get(1).appointedOn(), list.get(0).endedOn());
                assertTrue(list.get(0).appointedOn().isBefore(list.get(1).appointedOn()));
            }
            assertTrue(list.get(list.size() - 1).endedOn() == null);
        }
        assertTrue(catalogue.stream().allMatch(code -> DATA.gradeAppointments().stream()
                .anyMatch(g -> g.gradeCode().equals(code))), "every grade of the catalogue is used");
    }

    @Test
    @DisplayName("ORG-6/ORG-8: qualifications of every kind used by the rules; discipline, inspection, legal participation")
    void qualificationsAndRecords() {
        Set<String> kinds = DATA.qualifications().stream().map(Rows.QualificationRow::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("DEGREE", "STATE_MANAGEMENT", "POLITICAL_THEORY", "FOREIGN_LANGUAGE", "IT",
                "PROFESSIONAL_TRAINING")), kinds.toString());
        assertTrue(DATA.qualifications().stream().anyMatch(q -> "IELTS".equals(q.level()) && q.score() != null
                && q.expiresOn() != null));
        assertTrue(DATA.qualifications().stream().anyMatch(q -> "MASTER".equals(q.level())));
        assertTrue(DATA.qualifications().stream().anyMatch(q -> "OLD_ABC".equals(q.level())
                && "FOREIGN_LANGUAGE".equals(q.kind()) && "B".equals(q.frameworkLevel())));
        assertTrue(DATA.qualifications().stream().anyMatch(q -> "DEGREE".equals(q.kind()) && !"Việt Nam".equals(q.country())));
        assertTrue(DATA.disciplines().size() >= 3);
        assertTrue(DATA.disciplines().stream().anyMatch(d -> "PARTY".equals(d.system())));
        assertTrue(DATA.disciplines().stream().anyMatch(d -> "GOVERNMENT".equals(d.system())));
        assertTrue(DATA.inspections().size() >= 2 && DATA.inspections().size() <= 3);
        assertTrue(DATA.legalParticipations().size() >= 5);
        assertTrue(DATA.emulationTitles().size() > 1000);
    }
}
