package vn.danhgia.datagen;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.datagen.Rows.MembershipRow;
import vn.danhgia.datagen.Rows.PersonRow;
import vn.danhgia.datagen.Rows.UnitRow;

/**
 * Command line:
 * <pre>
 *   demo  &lt;jdbcUrl&gt; &lt;user&gt; [&lt;password&gt;] [--seed=N]          the demo district (refused if its units exist)
 *   scale &lt;people&gt; &lt;jdbcUrl&gt; &lt;user&gt; [&lt;password&gt;] [--seed=N] city-scale data next to it
 *   stats [--seed=N]                                       demo counts by category and block, no database
 * </pre>
 * The schema must exist (Flyway migrations of the organisation module). Example:
 * {@code ./mvnw -q -pl modules/datagen exec:java -Dexec.args="scale 200000 jdbc:mariadb://127.0.0.1:3306/datagen_dev root ''"}
 */
public final class Datagen {

    private Datagen() {
    }

    public static void main(String[] args) throws SQLException {
        List<String> positional = new ArrayList<>();
        Long seed = null;
        for (String arg : args) {
            if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty()) {
            usage();
            return;
        }
        PrintStream out = System.out;
        switch (positional.get(0)) {
            case "demo" -> {
                requireArgs(positional, 3);
                try (Connection c = connect(positional, 1)) {
                    if (exists(c, "QU")) {
                        out.println("Demo units already present (unit QU): nothing loaded. Use a fresh database.");
                        System.exit(1);
                    }
                    DatasetSummary summary = DemoDataset.load(c, seed == null ? DemoDataset.DEFAULT_SEED : seed);
                    out.println("demo: " + summary);
                }
            }
            case "scale" -> {
                requireArgs(positional, 4);
                int people = Integer.parseInt(positional.get(1).replace("_", ""));
                try (Connection c = connect(positional, 2)) {
                    DatasetSummary summary = ScaleDataset.write(c, people,
                            seed == null ? ScaleDataset.DEFAULT_SEED : seed);
                    out.println("scale " + people + " (" + ScaleDataset.districts(people) + " district-like subtrees): "
                            + summary);
                    out.printf("scale: %.1f s, %d rows, %d rows/s, %d people/s%n", summary.elapsedMillis() / 1000.0,
                            summary.totalRows(), summary.rowsPerSecond(),
                            Math.round(summary.people() * 1000.0 / Math.max(1, summary.elapsedMillis())));
                }
            }
            case "stats" -> printStats(DemoDataset.generate(seed == null ? DemoDataset.DEFAULT_SEED : seed), out);
            default -> usage();
        }
    }

    private static void usage() {
        System.out.println("usage: demo <jdbcUrl> <user> [<password>] [--seed=N]\n"
                + "       scale <people> <jdbcUrl> <user> [<password>] [--seed=N]\n"
                + "       stats [--seed=N]");
    }

    private static void requireArgs(List<String> args, int n) {
        if (args.size() < n) {
            usage();
            throw new IllegalArgumentException("missing arguments: " + args);
        }
    }

    private static Connection connect(List<String> args, int urlIndex) throws SQLException {
        String url = args.get(urlIndex);
        String user = args.get(urlIndex + 1);
        String password = args.size() > urlIndex + 2 ? args.get(urlIndex + 2) : "";
        if ("''".equals(password) || "\"\"".equals(password)) {
            password = "";
        }
        return DriverManager.getConnection(url, user, password);
    }

    private static boolean exists(Connection c, String unitCode) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM org_unit WHERE code = ?")) {
            s.setString(1, unitCode);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Counts of a dataset: units by block/kind, people by block of their first primary unit and category. */
    static void printStats(Dataset data, PrintStream out) {
        out.println("demo: " + data.summary());
        Map<String, UnitRow> units = new TreeMap<>();
        Map<String, Integer> unitsByBlockKind = new TreeMap<>();
        for (UnitRow u : data.units()) {
            units.put(u.code(), u);
            String period = u.validTo() != null ? " (to " + u.validTo() + ")"
                    : u.validFrom().equals(DemoDataset.VALID_FROM) ? "" : " (from " + u.validFrom() + ")";
            unitsByBlockKind.merge(u.block() + " / " + u.kind() + period, 1, Integer::sum);
        }
        out.println("units by block / kind:");
        unitsByBlockKind.forEach((k, v) -> out.printf("  %-60s %4d%n", k, v));
        // block of the person's first primary unit (people hired during 2023 included)
        Map<Integer, MembershipRow> first = new TreeMap<>();
        for (MembershipRow m : data.memberships()) {
            if ("PRIMARY".equals(m.kind())) {
                first.merge(m.person(), m, (a, b) -> b.validFrom().isBefore(a.validFrom()) ? b : a);
            }
        }
        Map<Integer, String> blockOf = new TreeMap<>();
        first.forEach((person, m) -> blockOf.put(person, units.get(m.unitCode()).block()));
        Map<String, Integer> byBlockCategory = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> bySex = new TreeMap<>();
        for (PersonRow p : data.people()) {
            String block = blockOf.get(p.index());
            byBlockCategory.merge(block + " / " + p.category(), 1, Integer::sum);
            byCategory.merge(p.category(), 1, Integer::sum);
            bySex.merge(block + " / " + p.sex(), 1, Integer::sum);
        }
        out.println("people by block (first primary unit) / category:");
        byBlockCategory.forEach((k, v) -> out.printf("  %-60s %5d%n", k, v));
        out.println("people by category:");
        byCategory.forEach((k, v) -> out.printf("  %-60s %5d%n", k, v));
        out.println("people by block / sex:");
        bySex.forEach((k, v) -> out.printf("  %-60s %5d%n", k, v));
        Map<String, Integer> membershipKinds = new TreeMap<>();
        for (MembershipRow m : data.memberships()) {
            membershipKinds.merge(m.kind() + " / " + m.unitRole(), 1, Integer::sum);
        }
        out.println("memberships by kind / role:");
        membershipKinds.forEach((k, v) -> out.printf("  %-60s %5d%n", k, v));
    }
}
