package vn.danhgia.exam.application;

import jakarta.ejb.Stateless;
import java.util.List;
import vn.danhgia.platform.modules.ModuleInfo;

/** Describes the exam module: its table prefix and the rule families it implements. */
@Stateless
public class ExamEligibilityModule implements ModuleInfo {

    @Override
    public String key() {
        return "exam";
    }

    @Override
    public String tablePrefix() {
        return "exm_";
    }

    @Override
    public List<String> ruleFamilies() {
        return List.of("EXM");
    }
}
