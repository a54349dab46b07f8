package vn.danhgia.evaluation.application;

import jakarta.ejb.Stateless;
import java.util.List;
import vn.danhgia.platform.modules.ModuleInfo;

/** Describes the evaluation module: its table prefix and the rule families it implements. */
@Stateless
public class EvaluationModule implements ModuleInfo {

    @Override
    public String key() {
        return "evaluation";
    }

    @Override
    public String tablePrefix() {
        return "eva_";
    }

    @Override
    public List<String> ruleFamilies() {
        return List.of("MON", "PRO");
    }
}
