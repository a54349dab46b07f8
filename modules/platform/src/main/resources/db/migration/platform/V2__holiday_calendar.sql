-- Working-day calendar (RULES.md ORG-7, used by PRO-8 "absent >= 15 working days in the quarter").
--
-- Saturdays and Sundays are non-working by rule (weekly rest days of the civil service) and are
-- NOT stored here. A row makes a date:
--   PUBLIC_HOLIDAY        a statutory holiday (Labor Code 2019 art. 112), or a day of the Tết break
--                         the Government announced for cadres, civil servants and public employees;
--   COMPENSATORY_DAY_OFF  a weekday off: "nghỉ bù" (a holiday fell on a weekly rest day) or a
--                         swapped day ("nghỉ hoán đổi") made up on a MAKE_UP_WORKING_DAY;
--   MAKE_UP_WORKING_DAY   a Saturday that is worked ("làm bù"): a working day despite the weekend.
-- Statutory holidays that fall on a weekend are listed too, so the reason of a "nghỉ bù" is visible.
-- For Tết every day of the announced break is listed (weekends included), named by its lunar date;
-- the split between Tết days and compensatory days inside the break does not change any count.
--
-- THESE ROWS ARE DATA, NOT CODE (RULES.md RP-1): an administrator keeps them up to date through
-- HolidayCalendarService (audited), including the years after 2026 and any later government
-- decision (swaps are usually announced a few months ahead). The calendar refuses to count days
-- in a year that has no row at all, so a missing year is reported, never guessed.
-- Once applied, this file must not change (Flyway checksum): correct a seeded row through the
-- service, or with a later migration.
--
-- Sources: the Government's / ministries' yearly announcements for the civil service, as reported
-- by the press (SGGP, VnExpress, Vietnam News, VietnamPlus, Báo Chính phủ); lines marked
-- "TODO verify" are the ones to check against the official notice.

CREATE TABLE plt_holiday (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    CONSTRAINT uq_plt_holiday_date UNIQUE (holiday_date),
    CONSTRAINT ck_plt_holiday_kind CHECK (kind IN ('PUBLIC_HOLIDAY', 'COMPENSATORY_DAY_OFF', 'MAKE_UP_WORKING_DAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 2023 ----------------------------------------------------------------------------------------
-- New Year 01/01 on a Sunday -> Monday 02/01 off. Tết Quý Mão: Fri 20/01 - Thu 26/01 (29 tháng
-- Chạp - mùng 5), back to work Fri 27/01, no make-up day. Hùng Kings 29/04 (Sat) and 30/04 (Sun)
-- on the weekend -> 02/05 and 03/05 off: 29/04 - 03/05, no swap. National Day: 01/09 + 02/09
-- (Sat) -> Mon 04/09 off: 01/09 - 04/09.
INSERT INTO plt_holiday (holiday_date, name, kind, version, created_at, created_by) VALUES
('2023-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-01-02', 'Nghỉ bù Tết Dương lịch (01/01 trùng Chủ nhật)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-01-20', 'Tết Nguyên đán Quý Mão (29 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-01-21', 'Tết Nguyên đán Quý Mão (30 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-01-22', 'Tết Nguyên đán Quý Mão (mùng 1 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-01-23', 'Tết Nguyên đán Quý Mão (mùng 2 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-01-24', 'Tết Nguyên đán Quý Mão (mùng 3 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-01-25', 'Tết Nguyên đán Quý Mão (mùng 4 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-01-26', 'Tết Nguyên đán Quý Mão (mùng 5 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-04-29', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-04-30', 'Ngày Chiến thắng (30/4)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-05-01', 'Ngày Quốc tế lao động (01/5)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương (29/4 trùng thứ Bảy)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-05-03', 'Nghỉ bù Ngày Chiến thắng (30/4 trùng Chủ nhật)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-09-01', 'Quốc khánh (ngày liền kề 01/9)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-09-02', 'Quốc khánh (02/9)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2023-09-04', 'Nghỉ bù Quốc khánh (02/9 trùng thứ Bảy)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2');

-- 2024 ----------------------------------------------------------------------------------------
-- New Year Mon 01/01. Tết Giáp Thìn: Thu 08/02 - Wed 14/02 (29 tháng Chạp - mùng 5), no make-up
-- day. Hùng Kings Thu 18/04. 30/4 (Tue) + 1/5 (Wed): Monday 29/04 swapped, worked on Saturday
-- 04/05 (Government Office document 2450, April 2024): off 27/04 - 01/05. National Day
-- 02/09 (Mon) + 03/09 (Tue): 31/08 - 03/09.
INSERT INTO plt_holiday (holiday_date, name, kind, version, created_at, created_by) VALUES
('2024-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-02-08', 'Tết Nguyên đán Giáp Thìn (29 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-02-09', 'Tết Nguyên đán Giáp Thìn (30 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-02-10', 'Tết Nguyên đán Giáp Thìn (mùng 1 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-02-11', 'Tết Nguyên đán Giáp Thìn (mùng 2 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-02-12', 'Tết Nguyên đán Giáp Thìn (mùng 3 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-02-13', 'Tết Nguyên đán Giáp Thìn (mùng 4 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-02-14', 'Tết Nguyên đán Giáp Thìn (mùng 5 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-04-30', 'Ngày Chiến thắng (30/4)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-05-01', 'Ngày Quốc tế lao động (01/5)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-05-04', 'Làm bù cho ngày nghỉ hoán đổi thứ Hai 29/4/2024', 'MAKE_UP_WORKING_DAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-09-02', 'Quốc khánh (02/9)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2024-09-03', 'Quốc khánh (ngày liền kề 03/9)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2');

-- 2025 ----------------------------------------------------------------------------------------
-- New Year Wed 01/01. Tết Ất Tỵ: Sat 25/01 - Sun 02/02 (26 tháng Chạp - mùng 5): the five Tết days
-- are Mon 27/01 - Fri 31/01 plus two weekends; no swap, no make-up day (PM approval, Government
-- Office, 26/11/2024). Hùng Kings Mon 07/04. 30/4 (Wed) + 1/5 (Thu): Friday 02/05 swapped, worked
-- on Saturday 26/04: off 30/04 - 04/05. National Day 01/09 (Mon) + 02/09 (Tue): 30/08 - 02/09.
INSERT INTO plt_holiday (holiday_date, name, kind, version, created_at, created_by) VALUES
('2025-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-01-25', 'Tết Nguyên đán Ất Tỵ (26 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-01-26', 'Tết Nguyên đán Ất Tỵ (27 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-01-27', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-01-28', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-01-29', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-01-30', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-01-31', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-02-01', 'Tết Nguyên đán Ất Tỵ (mùng 4 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-02-02', 'Tết Nguyên đán Ất Tỵ (mùng 5 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-04-26', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/5/2025', 'MAKE_UP_WORKING_DAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-04-30', 'Ngày Chiến thắng (30/4)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-05-01', 'Ngày Quốc tế lao động (01/5)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-09-01', 'Quốc khánh (ngày liền kề 01/9)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2025-09-02', 'Quốc khánh (02/9)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2');

-- 2026 ----------------------------------------------------------------------------------------
-- New Year Thu 01/01: Friday 02/01 swapped, worked on Saturday 10/01 (Deputy Prime Minister's
-- approval of 25/12/2025): off 01/01 - 04/01. Tết Bính Ngọ: Sat 14/02 - Sun 22/02 (27 tháng Chạp -
-- mùng 6): the five Tết days are Mon 16/02 - Fri 20/02 plus two weekends, no make-up day; National
-- Day 01/09 (Tue) + 02/09 (Wed), Monday 31/08 swapped, worked on Saturday 22/08: off 29/08 - 02/09
-- (Ministry of Home Affairs notice 9441/TB-BNV of 16/10/2025).
-- Hùng Kings 10/3 lunar = Sun 26/04 -> Mon 27/04 off (Labor Code art. 111(3)); 30/4 (Thu) + 1/5
-- (Fri): off 30/04 - 03/05.
-- TODO verify: no swap of Tue 28/04 - Wed 29/04 was decided (press reports of early 2026 say none).
-- TODO verify: 24/11 "Ngày Văn hóa Việt Nam" (Politburo resolution 80-NQ/TW, 01/2026) is to become a
--   paid holiday once Labor Code art. 112 is amended; NOT seeded. If the amendment applies to 2026,
--   an administrator adds 2026-11-24 through HolidayCalendarService (do not edit this migration).
INSERT INTO plt_holiday (holiday_date, name, kind, version, created_at, created_by) VALUES
('2026-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-01-10', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026', 'MAKE_UP_WORKING_DAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-14', 'Tết Nguyên đán Bính Ngọ (27 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-15', 'Tết Nguyên đán Bính Ngọ (28 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-16', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-17', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-18', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-19', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-20', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-21', 'Tết Nguyên đán Bính Ngọ (mùng 5 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-02-22', 'Tết Nguyên đán Bính Ngọ (mùng 6 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 trùng Chủ nhật)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-04-30', 'Ngày Chiến thắng (30/4)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-05-01', 'Ngày Quốc tế lao động (01/5)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-08-22', 'Làm bù cho ngày nghỉ hoán đổi thứ Hai 31/8/2026', 'MAKE_UP_WORKING_DAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-08-31', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)', 'COMPENSATORY_DAY_OFF', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-09-01', 'Quốc khánh (ngày liền kề 01/9)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),
('2026-09-02', 'Quốc khánh (02/9)', 'PUBLIC_HOLIDAY', 0, CURRENT_TIMESTAMP(6), 'flyway:V2');
