package vn.danhgia.evaluation.infrastructure;

import vn.danhgia.evaluation.domain.monthly.MonRulePack;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;

/**
 * The rule packs shipped with the module, read once per class loader on first use (lazy holders,
 * thread-safe). A broken pack fails the first call loudly; it is covered by unit tests.
 */
public final class DefaultRulePacks {

    private DefaultRulePacks() {
    }

    public static ProRulePack pro() {
        return ProHolder.PACK;
    }

    public static MonRulePack mon() {
        return MonHolder.PACK;
    }

    private static final class ProHolder {
        static final ProRulePack PACK = ProRulePackLoader.defaultPack();
    }

    private static final class MonHolder {
        static final MonRulePack PACK = MonRulePackLoader.defaultPack();
    }
}
