package vn.danhgia.benchmarks;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options of {@link QuarterBenchmark}: {@code --name=value} (a bare {@code --scale} means {@code --scale=true}).
 *
 * @param roots      unit codes of the demo district's roots, one quarter opened for each (default: the three roots
 *                   of the demo district, QU, HDND and UBND — it has no single root)
 * @param year       the quarter to open; null = the first quarter from 2025 Q2 on that is free for every root
 * @param quarter    1..4 with {@code year}
 * @param demo       run the demo-district part
 * @param scale      run the city-scale part ({@code scale N} data, loaded once)
 * @param people     people of the scale dataset when it has to be loaded
 * @param seed       seed of the generated scores and monthly ratings
 * @param metricsUrl Payara's MicroProfile Metrics endpoint for the used heap
 * @param timeoutMinutes how long to wait for one batch run
 * @param cleanup    delete the quarters the benchmark opened or created (sheets, rulings) and its generated monthly
 *                   ratings afterwards (default; {@code --keep} keeps them for inspection)
 */
record QuarterOptions(String url, String user, String password, String dbUrl, String dbUser, String dbPassword,
                      List<String> roots, Integer year, Integer quarter, boolean demo, boolean scale, int people,
                      long seed, String metricsUrl, int timeoutMinutes, boolean cleanup) {

    private static final Set<String> KNOWN = Set.of("url", "user", "password", "db", "db-user", "db-password", "roots",
            "root", "year", "quarter", "demo", "scale", "people", "seed", "metrics-url", "timeout-minutes", "keep");

    static QuarterOptions parse(String[] args) {
        Map<String, String> o = BenchmarkOptions.keyValues(args);
        for (String key : o.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("Tham số không biết (unknown option): --" + key + " — có: " + KNOWN);
            }
        }
        String url = o.getOrDefault("url", "http://localhost:8080/danhgia");
        URI base = URI.create(url);
        String metrics = o.getOrDefault("metrics-url", base.getScheme() + "://" + base.getAuthority()
                + "/metrics?scope=base&name=memory.usedHeap");
        Integer year = o.containsKey("year") ? Integer.valueOf(o.get("year")) : null;
        Integer quarter = o.containsKey("quarter") ? Integer.valueOf(o.get("quarter")) : null;
        if ((year == null) != (quarter == null)) {
            throw new IllegalArgumentException("--year và --quarter đi cùng nhau (give both --year and --quarter)");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("--quarter phải từ 1 đến 4");
        }
        String roots = o.getOrDefault("roots", o.getOrDefault("root", "QU,HDND,UBND"));
        return new QuarterOptions(url, o.getOrDefault("user", "admin"), BenchmarkOptions.password(o),
                o.getOrDefault("db", System.getenv().getOrDefault("DANHGIA_DB_URL", "jdbc:mariadb://127.0.0.1:3307/danhgia")),
                o.getOrDefault("db-user", System.getenv().getOrDefault("DANHGIA_DB_USER", "root")),
                o.getOrDefault("db-password", System.getenv().getOrDefault("DANHGIA_DB_PASSWORD", "")),
                Arrays.stream(roots.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(), year, quarter,
                Boolean.parseBoolean(o.getOrDefault("demo", "true")), Boolean.parseBoolean(o.getOrDefault("scale", "false")),
                Integer.parseInt(o.getOrDefault("people", "200000")), Long.parseLong(o.getOrDefault("seed", "20250401")),
                metrics, Integer.parseInt(o.getOrDefault("timeout-minutes", "60")),
                !Boolean.parseBoolean(o.getOrDefault("keep", "false")));
    }
}
