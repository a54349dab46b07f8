package vn.danhgia.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the benchmarks: {@code --name=value}. */
record BenchmarkOptions(String url, String user, String password, String dbUrl, String dbUser, String dbPassword,
                        int people, int clients, int requestsPerClient, int importRows) {

    static BenchmarkOptions parse(String[] args) {
        Map<String, String> options = keyValues(args);
        String password = password(options);
        return new BenchmarkOptions(
                options.getOrDefault("url", "http://localhost:8080/danhgia"),
                options.getOrDefault("user", "admin"),
                password,
                options.getOrDefault("db", System.getenv().getOrDefault("DANHGIA_DB_URL", "jdbc:mariadb://127.0.0.1:3307/danhgia")),
                options.getOrDefault("db-user", System.getenv().getOrDefault("DANHGIA_DB_USER", "root")),
                options.getOrDefault("db-password", System.getenv().getOrDefault("DANHGIA_DB_PASSWORD", "")),
                Integer.parseInt(options.getOrDefault("people", "200000")),
                Integer.parseInt(options.getOrDefault("clients", "20")),
                Integer.parseInt(options.getOrDefault("requests", "25")),
                Integer.parseInt(options.getOrDefault("import-rows", "6000")));
    }

    /** {@code --name=value} pairs; a bare {@code --flag} means {@code --flag=true}. */
    static Map<String, String> keyValues(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.length() < 3) {
                throw new IllegalArgumentException("Tham số không hợp lệ (bad argument): " + arg + " — dạng --ten=gia-tri");
            }
            int eq = arg.indexOf('=');
            if (eq < 0) {
                options.put(arg.substring(2), "true");
            } else {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }

    /** The administrator's password: {@code --password=} or DANHGIA_ADMIN_PASSWORD. */
    static String password(Map<String, String> options) {
        String password = options.getOrDefault("password", System.getenv().getOrDefault("DANHGIA_ADMIN_PASSWORD", ""));
        if (password.isEmpty()) {
            throw new IllegalArgumentException("Cần mật khẩu quản trị (admin password): --password=... hoặc DANHGIA_ADMIN_PASSWORD");
        }
        return password;
    }
}
