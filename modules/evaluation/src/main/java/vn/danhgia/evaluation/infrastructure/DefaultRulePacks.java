package vn.danhgia.evaluation.infrastructure;

import vn.danhgia.evaluation.domain.monthly.MonRulePack;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.domain.tasks.Mon3RulePack;

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

    /** The MON-3 task-sheet pack (assignment day, periods per role). */
    public static Mon3RulePack mon3() {
        return Mon3Holder.PACK;
    }

    private static final class Mon3Holder {
        static final Mon3RulePack PACK = Mon3RulePackLoader.defaultPack();
    }

    private static final class ProHolder {
        static final ProRulePack PACK = ProRulePackLoader.defaultPack();
    }

    private static final class MonHolder {
        static final MonRulePack PACK = MonRulePackLoader.defaultPack();
    }
}
