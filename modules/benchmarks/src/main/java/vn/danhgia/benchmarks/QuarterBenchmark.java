package vn.danhgia.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.danhgia.datagen.DatasetSummary;
import vn.danhgia.datagen.ScaleDataset;

/**
 * Issue item 10's benchmark, against a running DanhGia: the quarterly professionalism rulings run (Jakarta Batch job
 * {@code eva-quarter-rulings}, RULES.md PRO-4..PRO-8) on
 * <ol>
 *   <li>the demo district — a quarter opened through the REST API for each of its root units (QU, HDND, UBND: the
 *       demo district has no single root), the opening job timed; every sheet then scored and the quarter's monthly
 *       ratings generated with set-based SQL; the runs started through the REST API and polled until COMPLETED;</li>
 *   <li>with {@code --scale}, the city-scale dataset ({@code scale N}, loaded once): a quarter and its sheets created
 *       directly with SQL (opening 200,000 people through the authority chain would take too long), the same
 *       generated input, the same run;</li>
 * </ol>
 * each with the raw-SQL floor ({@link RawSqlFloor}) measured on the same inputs in the same process. Prints a table of
 * figures with MET / NOT MET against the targets (district ≤ 1 s; city ≤ 3× the floor); always exits 0.
 * Every run opens a new (free) quarter, so it can be repeated.
 */
public final class QuarterBenchmark {

    private static final double DISTRICT_TARGET_SECONDS = 1.0;
    private static final double FLOOR_RATIO_TARGET = 3.0;

    private final QuarterOptions options;
    private final QuarterApi api;
    private final Map<String, List<String>> table = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();
    private double demoOpeningRate = Double.NaN;

    private QuarterBenchmark(QuarterOptions options) {
        this.options = options;
        this.api = new QuarterApi(options.url(), options.user(), options.password());
    }

    public static void main(String[] args) throws Exception {
        new QuarterBenchmark(QuarterOptions.parse(args)).run();
    }

    private void run() throws Exception {
        System.out.printf("DanhGia quarterly rulings benchmark: %s, database %s; load average %s%n", options.url(),
                options.dbUrl(), loadAverage());
        HeapSampler probe = new HeapSampler(options.metricsUrl(), 100);
        System.out.printf("server heap from %s: %s%n", options.metricsUrl(), probe.usedHeap().isPresent()
                ? mb(probe.usedHeap().getAsDouble()) + " used now" : "NOT AVAILABLE (heap figures will be missing)");
        probe.uptimeSeconds().ifPresent(up -> System.out.printf(Locale.ROOT, "server JVM up for %.0f min%s%n", up / 60,
                up < 1800 ? " — a freshly started server runs its first rulings run several times slower (class loading,"
                        + " JIT): run the benchmark twice" : ""));
        try (Connection c = DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword())) {
            if (options.demo()) {
                section(() -> demo(c), "demo district");
            }
            if (options.scale()) {
                section(() -> scale(c), "city scale");
            }
        }
        printTable();
        System.out.printf("machine: %d processors, load average %s at the end (the figures are wall-clock times; other"
                + " work on the machine slows them down)%n", Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    /** The 1/5/15-minute load averages (Linux), or "?" elsewhere. */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private interface Part {
        void run() throws Exception;
    }

    /** Runs a part; a failure is reported in the table (the benchmark still prints and exits 0). */
    private void section(Part part, String name) {
        int before = columns.size();
        try {
            part.run();
        } catch (Exception e) {
            System.out.printf("%s: FAILED — %s%n", name, e);
            e.printStackTrace(System.out);
            if (columns.size() == before) {
                columns.add(name);
            }
            put("target", "FAILED: " + e.getMessage());
        }
    }

    // --- 1. the demo district, through the REST API ------------------------------------------------------------------

    private void demo(Connection c) throws Exception {
        List<Long> roots = new ArrayList<>();
        for (String code : options.roots()) {
            roots.add(currentUnitId(c, code));
        }
        int[] yq = QuarterData.freeQuarter(c, roots, options.year(), options.quarter());
        int year = yq[0];
        int quarter = yq[1];
        System.out.printf("%n== demo district: roots %s, %d Q%d%n", options.roots(), year, quarter);

        List<Long> quarterIds = new ArrayList<>();
        double openSeconds = 0;
        long opened = 0;
        for (int i = 0; i < roots.size(); i++) {
            long t0 = System.nanoTime();
            long id = api.open(roots.get(i), year, quarter);
            QuarterApi.Run opening = waitFor(() -> api.opening(id), 10);
            String[] state = api.quarter(id);
            for (int k = 0; k < 100 && !"OPEN".equals(state[0]); k++) {
                Thread.sleep(50);
                state = api.quarter(id);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!"COMPLETED".equals(opening.status())) {
                throw new IllegalStateException("opening of " + options.roots().get(i) + " ended " + opening.status()
                        + " " + opening.exitStatus());
            }
            long sheets = Long.parseLong(state[1]);
            System.out.printf(Locale.ROOT, "opened %s (quarter %d): %,d sheets in %.2f s (batch %.2f s)%n",
                    options.roots().get(i), id, sheets, seconds, opening.serverSeconds());
            quarterIds.add(id);
            openSeconds += seconds;
            opened += sheets;
        }
        demoOpeningRate = opened / openSeconds;

        double[] input = generatedInput(c, quarterIds, year, quarter);
        RunFigures run = new RunFigures();
        try (HeapSampler heap = new HeapSampler(options.metricsUrl(), 100)) {
            run.heapBefore = heap.usedHeap().orElse(Double.NaN);
            double gcBefore = heap.gcSeconds().orElse(Double.NaN);
            heap.start();
            for (int i = 0; i < quarterIds.size(); i++) {
                RunFigures one = runOnce(quarterIds.get(i), 120, null);
                System.out.printf(Locale.ROOT, "rulings run %s (quarter %d): %,d people in %.3f s (batch %.3f s),"
                                + " written %,d, skipped %,d — %s%n", options.roots().get(i), quarterIds.get(i), one.done,
                        one.wallSeconds, one.batchSeconds, one.written, one.skipped, one.status);
                run.add(one);
            }
            heap.close();
            run.heapPeak = heap.peak();
            run.gcSeconds = heap.gcSeconds().orElse(Double.NaN) - gcBefore;
        }
        RunFigures rerun = new RunFigures();
        for (long id : quarterIds) {
            rerun.add(runOnce(id, 120, null));
        }
        System.out.printf(Locale.ROOT, "re-run, input unchanged: %,d people in %.3f s, written %,d, skipped %,d — %s%n",
                rerun.done, rerun.wallSeconds, rerun.written, rerun.skipped, rerun.status);
        RawSqlFloor.Result floor = RawSqlFloor.measure(c, quarterIds, year, quarter, 3);
        column("demo district (" + String.join(", ", options.roots()) + ")", c, quarterIds, year, quarter, opened,
                String.format(Locale.ROOT, "%.2f s (REST + opening job, %,.0f people/s)", openSeconds, demoOpeningRate),
                input, run, floor);
        put("re-run, input unchanged", String.format(Locale.ROOT, "%.3f s (written %,d, skipped %,d) — %s",
                rerun.wallSeconds, rerun.written, rerun.skipped, rerun.status));
        boolean met = run.status.equals("COMPLETED") && run.wallSeconds <= DISTRICT_TARGET_SECONDS;
        put("target", String.format(Locale.ROOT, "run ≤ %.0f s: %s", DISTRICT_TARGET_SECONDS, met ? "MET" : "NOT MET"));
        cleanup(c, quarterIds, year, quarter);
    }

    // --- 2. city scale: sheets straight in SQL, the run through the REST API ----------------------------------------

    private void scale(Connection c) throws Exception {
        long scalePeople = QuarterData.count(c, "SELECT COUNT(*) FROM org_person WHERE staff_code LIKE 'S%'");
        if (scalePeople == 0) {
            System.out.printf("%n== loading scale %,d (once per database)...%n", options.people());
            DatasetSummary summary = ScaleDataset.write(c, options.people(), ScaleDataset.DEFAULT_SEED);
            System.out.printf(Locale.ROOT, "scale %,d loaded: %,d rows in %.1f s%n", options.people(), summary.totalRows(),
                    summary.elapsedMillis() / 1000.0);
        }
        long root;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM org_unit WHERE code LIKE 'S%-QU' ORDER BY code LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no scale root unit (S…-QU)");
            }
            root = rs.getLong(1);
        }
        int[] yq = QuarterData.freeQuarter(c, List.of(root), options.year(), options.quarter());
        int year = yq[0];
        int quarter = yq[1];
        System.out.printf("%n== city scale: %,d scale people, %d Q%d%n", QuarterData.count(c,
                "SELECT COUNT(*) FROM org_person WHERE staff_code LIKE 'S%'"), year, quarter);
        long t0 = System.nanoTime();
        long quarterId = QuarterData.insertOpenQuarter(c, root, year, quarter);
        int sheets = QuarterData.insertScaleSheets(c, quarterId, year, quarter);
        double sqlOpen = (System.nanoTime() - t0) / 1e9;
        String estimate = Double.isNaN(demoOpeningRate) ? ""
                : String.format(Locale.ROOT, "; the opening job would need ~%.0f min at the demo's %,.0f people/s",
                        sheets / demoOpeningRate / 60, demoOpeningRate);
        System.out.printf(Locale.ROOT, "quarter %d with %,d sheets created with set-based SQL in %.2f s — NOT through the"
                + " opening job: resolving the authority chain (PRO-9) person by person for %,d people takes too long%s%n",
                quarterId, sheets, sqlOpen, sheets, estimate);
        List<Long> quarterIds = List.of(quarterId);
        double[] input = generatedInput(c, quarterIds, year, quarter);
        RunFigures run;
        try (HeapSampler heap = new HeapSampler(options.metricsUrl(), 250)) {
            double before = heap.usedHeap().orElse(Double.NaN);
            double gcBefore = heap.gcSeconds().orElse(Double.NaN);
            heap.start();
            run = runOnce(quarterId, options.timeoutMinutes() * 60, c);
            heap.close();
            run.heapBefore = before;
            run.heapPeak = heap.peak();
            run.gcSeconds = heap.gcSeconds().orElse(Double.NaN) - gcBefore;
        }
        System.out.printf(Locale.ROOT, "rulings run (quarter %d): %,d people in %.1f s (batch %.1f s), written %,d,"
                + " skipped %,d — %s%n", quarterId, run.done, run.wallSeconds, run.batchSeconds, run.written, run.skipped,
                run.status);
        printProgress(run);
        RawSqlFloor.Result floor = RawSqlFloor.measure(c, quarterIds, year, quarter, 2);
        column("city scale", c, quarterIds, year, quarter, sheets,
                String.format(Locale.ROOT, "%.2f s (SQL INSERT … SELECT; no opening job%s)", sqlOpen,
                        estimate.isEmpty() ? "" : ", which would take ~" + Math.round(sheets / demoOpeningRate / 60) + " min"),
                input, run, floor);
        double ratio = run.wallSeconds / floor.seconds();
        boolean met = run.status.equals("COMPLETED") && ratio <= FLOOR_RATIO_TARGET;
        put("target", String.format(Locale.ROOT, "run ≤ %.0f× floor: %s", FLOOR_RATIO_TARGET, met ? "MET" : "NOT MET"));
        cleanup(c, quarterIds, year, quarter);
    }

    // --- shared steps ------------------------------------------------------------------------------------------------

    /** Deletes the part's quarters, their sheets, rulings and generated monthly ratings — unless {@code --keep}. */
    private void cleanup(Connection c, List<Long> quarterIds, int year, int quarter) throws Exception {
        if (!options.cleanup()) {
            System.out.printf("kept: quarters %s (--keep)%n", quarterIds);
            return;
        }
        long t0 = System.nanoTime();
        for (long id : quarterIds) {
            QuarterData.deleteQuarter(c, id, year, quarter);
        }
        System.out.printf(Locale.ROOT, "clean-up: quarters %s, their sheets, rulings and generated monthly ratings deleted"
                + " (%.1f s; --keep keeps them)%n", quarterIds, (System.nanoTime() - t0) / 1e9);
    }

    /** Scores every sheet and inserts the monthly ratings; returns {seconds, sheets scored, ratings inserted}. */
    private double[] generatedInput(Connection c, List<Long> quarterIds, int year, int quarter) throws Exception {
        long t0 = System.nanoTime();
        int scored = QuarterData.fillScores(c, quarterIds, options.seed());
        double scoreSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        int ratings = QuarterData.monthlyRatings(c, quarterIds, year, quarter, options.seed());
        double ratingSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "generated input (seed %d): %,d sheets scored in %.2f s, %,d monthly ratings in %.2f s%n",
                options.seed(), scored, scoreSeconds, ratings, ratingSeconds);
        return new double[] {scoreSeconds + ratingSeconds, scored, ratings};
    }

    /** Figures of one or more rulings runs (summed). */
    private static final class RunFigures {
        double wallSeconds;
        double batchSeconds;
        long done;
        long written;
        long skipped;
        String status = "COMPLETED";
        String load;
        double heapBefore = Double.NaN;
        double heapPeak = Double.NaN;
        double gcSeconds = Double.NaN;
        final List<double[]> progress = new ArrayList<>();

        void add(RunFigures one) {
            load = load == null ? one.load : load;
            wallSeconds += one.wallSeconds;
            batchSeconds += one.batchSeconds;
            done += one.done;
            written += one.written;
            skipped += one.skipped;
            if (!"COMPLETED".equals(one.status)) {
                status = one.status;
            }
        }
    }

    /**
     * Starts the rulings run through the REST API and polls GET /{id}/run until it ends: every 50 ms for the first
     * 5 s (a district run takes about a second), then every 2 s — a poll is not free for the server (its RunStatus
     * counts the quarter's sheets: ~60 ms of database time at 200,000 sheets). With a connection, the progress is
     * also sampled from the committed rulings (GET /run reports 0 done until the step ends).
     */
    private RunFigures runOnce(long quarterId, int timeoutSeconds, Connection progressFrom) throws Exception {
        RunFigures f = new RunFigures();
        f.load = loadAverage();
        long[] sheetIds = progressFrom == null ? null : sheetIdRange(progressFrom, quarterId);
        long t0 = System.nanoTime();
        QuarterApi.Run started = api.startRun(quarterId);
        QuarterApi.Run last = started;
        while (true) {
            double elapsed = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(elapsed < 5 ? 50 : 2000);
            last = api.lastRun(quarterId);
            elapsed = (System.nanoTime() - t0) / 1e9;
            if (last.executionId() == started.executionId() && !last.running()) {
                f.progress.add(new double[] {elapsed, last.done()});
                break;
            }
            if (sheetIds != null && elapsed >= 5) {
                f.progress.add(new double[] {elapsed, committed(progressFrom, quarterId, sheetIds)});
            }
            if (elapsed > timeoutSeconds) {
                throw new IllegalStateException("run of quarter " + quarterId + " not finished after " + timeoutSeconds
                        + " s: " + last);
            }
        }
        f.wallSeconds = (System.nanoTime() - t0) / 1e9;
        f.batchSeconds = last.serverSeconds();
        f.done = last.done();
        f.written = last.written();
        f.skipped = last.skipped();
        f.status = last.status();
        return f;
    }

    /** {first sheet id, last sheet id, sheets} of the quarter. */
    private static long[] sheetIdRange(Connection c, long quarterId) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id), COUNT(*)"
                + " FROM eva_sheet WHERE quarter_id = " + quarterId)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    /**
     * People ruled and committed so far, estimated from the highest sheet id with a current ruling (the run goes by
     * sheet id; one index lookup, so sampling it costs the server nothing measurable).
     */
    private static double committed(Connection c, long quarterId, long[] sheetIds) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(sheet_id) FROM eva_ruling"
                + " WHERE quarter_id = " + quarterId + " AND is_current")) {
            rs.next();
            long max = rs.getLong(1);
            return max == 0 ? 0 : Math.min(sheetIds[2], (double) (max - sheetIds[0] + 1) / (sheetIds[1] - sheetIds[0] + 1)
                    * sheetIds[2]);
        }
    }

    private interface Poll {
        QuarterApi.Run get() throws Exception;
    }

    private static QuarterApi.Run waitFor(Poll poll, int timeoutMinutes) throws Exception {
        long deadline = System.nanoTime() + timeoutMinutes * 60_000_000_000L;
        QuarterApi.Run run = poll.get();
        while (run.running() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            run = poll.get();
        }
        return run;
    }

    /** The run's progress at every tenth of the people, with the rate of each tenth (does it slow down?). */
    private static void printProgress(RunFigures run) {
        if (run.done == 0 || run.progress.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder("progress (committed rulings, % at s, rate of that tenth):");
        double lastT = 0;
        double lastDone = 0;
        int nextTenth = 1;
        for (double[] p : run.progress) {
            if (p[1] >= run.done * nextTenth / 10.0 && p[1] > lastDone) {
                line.append(String.format(Locale.ROOT, " %d%%@%.0fs(%,.0f/s)", nextTenth * 10, p[0],
                        (p[1] - lastDone) / (p[0] - lastT)));
                lastT = p[0];
                lastDone = p[1];
                while (nextTenth <= 10 && p[1] >= run.done * nextTenth / 10.0) {
                    nextTenth++;
                }
            }
        }
        System.out.println(line);
    }

    private void column(String name, Connection c, List<Long> quarterIds, int year, int quarter, long people,
                        String opening, double[] input, RunFigures run, RawSqlFloor.Result floor) throws Exception {
        columns.add(name);
        put("quarter", year + " Q" + quarter + " (ids " + QuarterData.in(quarterIds) + ")");
        put("people (sheets)", String.format(Locale.ROOT, "%,d — forms %s", people, QuarterData.forms(c, quarterIds)));
        put("opening", opening);
        put("generated scores + ratings (SQL)", String.format(Locale.ROOT, "%.2f s (%,d sheets, %,d monthly ratings)",
                input[0], (long) input[1], (long) input[2]));
        put("rulings run: POST → COMPLETED", String.format(Locale.ROOT, "%.3f s — %s", run.wallSeconds, run.status));
        put("  batch start → end (server)", String.format(Locale.ROOT, "%.3f s", run.batchSeconds));
        put("  load average at the start", run.load + " (1/5/15 min)");
        put("people / second", String.format(Locale.ROOT, "%,.0f", run.done / run.wallSeconds));
        put("read / written / skipped", String.format(Locale.ROOT, "%,d / %,d / %,d", run.done, run.written, run.skipped));
        put("server heap used: before → peak", Double.isNaN(run.heapPeak) ? "n/a (metrics endpoint not answering)"
                : mb(run.heapBefore) + " → " + mb(run.heapPeak));
        put("  GC time during the run", Double.isNaN(run.gcSeconds) ? "n/a"
                : String.format(Locale.ROOT, "%.2f s", run.gcSeconds));
        long findingsBytes = QuarterData.count(c, "SELECT COALESCE(AVG(LENGTH(findings_json)), 0) FROM eva_ruling"
                + " WHERE quarter_id IN (" + QuarterData.in(quarterIds) + ") AND is_current");
        put("  findings JSON per ruling (avg)", String.format(Locale.ROOT, "%,d bytes", findingsBytes));
        put("raw-SQL floor (best of runs)", String.format(Locale.ROOT, "%.3f s (%,d rows)", floor.seconds(), floor.rows()));
        put("run / floor", String.format(Locale.ROOT, "%.1f×", run.wallSeconds / floor.seconds()));
        put("  floor outcome = run outcome", floor.compared() == 0 ? "n/a" : String.format(Locale.ROOT,
                "%.1f %% of %,d (the floor simplifies: weekdays, no unit condition)",
                100.0 * floor.agreeing() / floor.compared(), floor.compared()));
        put("outcomes (current rulings)", QuarterData.outcomes(c, quarterIds).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
    }

    private void put(String row, String value) {
        List<String> cells = table.computeIfAbsent(row, k -> new ArrayList<>());
        while (cells.size() < columns.size()) {
            cells.add("");
        }
        cells.set(columns.size() - 1, value);
    }

    private void printTable() {
        System.out.println();
        int labelWidth = table.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<String> cells : table.values()) {
                if (i < cells.size()) {
                    widths[i] = Math.max(widths[i], cells.get(i).length());
                }
            }
        }
        StringBuilder head = new StringBuilder(pad("", labelWidth));
        for (int i = 0; i < columns.size(); i++) {
            head.append(pad(columns.get(i), widths[i] + 3));
        }
        System.out.println(head.toString().stripTrailing());
        System.out.println("-".repeat(head.toString().stripTrailing().length()));
        for (Map.Entry<String, List<String>> row : table.entrySet()) {
            StringBuilder line = new StringBuilder(pad(row.getKey(), labelWidth));
            for (int i = 0; i < columns.size(); i++) {
                line.append(pad(i < row.getValue().size() ? row.getValue().get(i) : "", widths[i] + 3));
            }
            System.out.println(line.toString().stripTrailing());
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String mb(double bytes) {
        return Double.isNaN(bytes) ? "?" : String.format(Locale.ROOT, "%,.0f MB", bytes / 1_048_576);
    }

    /** The unit with that code valid today, else its latest version. */
    private static long currentUnitId(Connection c, String code) throws Exception {
        try {
            return QuarterData.unitId(c, code, LocalDate.now());
        } catch (IllegalStateException e) {
            try (var s = c.prepareStatement("SELECT id FROM org_unit WHERE code = ? ORDER BY id DESC LIMIT 1")) {
                s.setString(1, code);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("Không có đơn vị mã " + code + " (no unit with code " + code + ")");
                    }
                    return rs.getLong(1);
                }
            }
        }
    }
}
