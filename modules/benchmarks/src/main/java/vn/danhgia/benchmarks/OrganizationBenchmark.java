package vn.danhgia.benchmarks;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danhgia.datagen.DatasetSummary;
import vn.danhgia.datagen.ScaleDataset;

/**
 * Issue 3's benchmark, against a running DanhGia: loads {@code scale N} into its database (once),
 * then measures the staff list query (filtered, sorted, paged) with concurrent clients through
 * the REST API, and the XLSX import of 6,000 people. Prints figures; asserts nothing.
 * Targets: p95 ≤ 300 ms, import ≤ 10 s, 0 errors.
 */
public final class OrganizationBenchmark {

    private static final String[] NAME_FRAGMENTS = {"nguyen", "tran thi", "le van", "pham", "hoang", "thu", "minh",
        "hoa", "duc", "vu thi", "dang", "bui van", "ngoc", "anh"};
    private static final String[] CATEGORIES = {"CONG_CHUC", "VIEN_CHUC", "LDHD", "CAN_BO"};
    private static final String[] SORTS = {"FULL_NAME", "STAFF_CODE", "BIRTH_DATE", "UNIT", "CATEGORY"};

    private final BenchmarkOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;

    private OrganizationBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (options.user() + ":" + options.password()).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        new OrganizationBenchmark(BenchmarkOptions.parse(args)).run();
    }

    private void run() throws Exception {
        System.out.printf("DanhGia organisation benchmark: %s, %d clients × %d requests, %,d people%n",
                options.url(), options.clients(), options.requestsPerClient(), options.people());
        List<Long> unitIds = ensureScaleData();
        staffList(unitIds);
        xlsxImport();
    }

    /** Loads {@code scale N} unless it is there already; returns some unit ids for the unit filter. */
    private List<Long> ensureScaleData() throws Exception {
        try (Connection c = DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword())) {
            long scalePeople = count(c, "SELECT COUNT(*) FROM org_person WHERE staff_code LIKE 'S%'");
            if (scalePeople == 0) {
                DatasetSummary summary = ScaleDataset.write(c, options.people(), ScaleDataset.DEFAULT_SEED);
                System.out.printf("scale %,d loaded: %,d rows in %.1f s (%,d rows/s)%n", options.people(),
                        summary.totalRows(), summary.elapsedMillis() / 1000.0, summary.rowsPerSecond());
            } else {
                System.out.printf("scale data already present: %,d people%n", scalePeople);
            }
            System.out.printf("people in the database: %,d%n", count(c, "SELECT COUNT(*) FROM org_person"));
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id FROM org_unit WHERE kind IN ('OFFICE', 'PRIMARY_SCHOOL', 'WARD_PEOPLES_COMMITTEE')"
                            + " AND valid_to IS NULL ORDER BY id LIMIT 200")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private void staffList(List<Long> unitIds) throws Exception {
        for (int i = 0; i < 30; i++) {
            get(randomQuery(new SplittableRandom(i), unitIds));
        }
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.clients());
        long start = System.nanoTime();
        for (int client = 0; client < options.clients(); client++) {
            SplittableRandom random = new SplittableRandom(1000L + client);
            pool.submit(() -> {
                for (int r = 0; r < options.requestsPerClient(); r++) {
                    long t0 = System.nanoTime();
                    try {
                        int status = get(randomQuery(random, unitIds)).statusCode();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "staff list GET /api/v1/people: %d requests in %.1f s (%.0f req/s), "
                        + "p50 %.0f ms, p95 %.0f ms, max %.0f ms, errors %d   [target p95 <= 300 ms, 0 errors]%n",
                latencies.count(), seconds, latencies.count() / seconds, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(100), errors.get());
    }

    private String randomQuery(SplittableRandom random, List<Long> unitIds) {
        StringBuilder q = new StringBuilder("/api/v1/people?size=50&page=").append(random.nextInt(10));
        q.append("&sort=").append(SORTS[random.nextInt(SORTS.length)]).append("&dir=").append(random.nextBoolean() ? "asc" : "desc");
        if (random.nextInt(100) < 50) {
            q.append("&q=").append(URLEncoder.encode(NAME_FRAGMENTS[random.nextInt(NAME_FRAGMENTS.length)], StandardCharsets.UTF_8));
        }
        if (random.nextInt(100) < 30) {
            q.append("&category=").append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        }
        if (!unitIds.isEmpty() && random.nextInt(100) < 30) {
            q.append("&unitId=").append(unitIds.get(random.nextInt(unitIds.size())));
        }
        return q.toString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(options.url() + path)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void xlsxImport() throws Exception {
        String unitCode;
        try (Connection c = DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code FROM org_unit WHERE kind = 'OFFICE' AND valid_to IS NULL LIMIT 1")) {
            if (!rs.next()) {
                System.out.println("XLSX import: skipped, no office unit valid today");
                return;
            }
            unitCode = rs.getString(1);
        }
        byte[] file = workbook(unitCode, Long.toString(System.currentTimeMillis() % 100_000_000, 36).toUpperCase());
        String boundary = "----danhgia" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"benchmark.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.url() + "/api/v1/imports/people"))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        String report = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
        System.out.printf(Locale.ROOT, "XLSX import of %,d people (%,d bytes): HTTP %d in %.2f s   [target <= 10 s]%n  %s%n",
                options.importRows(), file.length, response.statusCode(), seconds, report);
    }

    private byte[] workbook(String unitCode, String run) throws Exception {
        String[] header = {"Mã cán bộ", "Họ và tên", "Ngày sinh", "Giới tính", "Loại", "Mã đơn vị", "Chức vụ", "Vai trò",
            "Mã ngạch/hạng", "Ngày bổ nhiệm ngạch"};
        SplittableRandom random = new SplittableRandom(42);
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
        String[] given = {"An", "Bình", "Chi", "Dũng", "Hà", "Hương", "Khánh", "Lan", "Minh", "Nam", "Thảo", "Tuấn"};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Cán bộ");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= options.importRows(); r++) {
                Row row = sheet.createRow(r);
                boolean woman = random.nextBoolean();
                String[] cells = {"BM" + run + "-" + r,
                    family[random.nextInt(family.length)] + (woman ? " Thị " : " Văn ") + given[random.nextInt(given.length)],
                    String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), 1965 + random.nextInt(35)),
                    woman ? "Nữ" : "Nam", "Công chức", unitCode, "Chuyên viên", "Thành viên", "01.003", "01/06/2020"};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
