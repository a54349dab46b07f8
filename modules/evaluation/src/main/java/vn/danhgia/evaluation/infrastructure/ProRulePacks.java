package vn.danhgia.evaluation.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.platform.rules.RulePack;
import vn.danhgia.platform.rules.RulePackStore;

/**
 * Finds PRO rule packs (RULES.md RP-1): the shipped default, or a version published in {@code plt_rule_pack}; parsed
 * versions are cached (a published version never changes).
 */
@ApplicationScoped
public class ProRulePacks {

    public static final String CODE = "PRO";

    @EJB
    private RulePackStore store;

    private final Map<Integer, ProRulePack> parsed = new ConcurrentHashMap<>();

    /** The pack of a reference as recorded on a quarter ("PRO v2"). */
    public ProRulePack byRef(String ref) {
        return version(Integer.parseInt(ref.substring(ref.lastIndexOf('v') + 1)));
    }

    public ProRulePack version(int version) {
        ProRulePack shipped = DefaultRulePacks.pro();
        if (version == shipped.version() && store.version(CODE, version).isEmpty()) {
            return shipped;
        }
        return parsed.computeIfAbsent(version, v -> store.version(CODE, v)
                .map(p -> ProRulePackLoader.fromJson(p.getContentJson()))
                .orElseThrow(() -> new IllegalStateException("Không có bộ quy tắc " + CODE + " phiên bản " + v)));
    }

    /** The newest published version in force on the date, else the shipped one. */
    public ProRulePack inForce(LocalDate date) {
        Optional<RulePack> published = store.inForce(CODE, date);
        ProRulePack shipped = DefaultRulePacks.pro();
        return published.filter(p -> p.getVersion() >= shipped.version()).map(p -> version(p.getVersion())).orElse(shipped);
    }
}
