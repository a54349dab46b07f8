package vn.danhgia.classification.application;

import jakarta.ejb.Stateless;
import java.util.List;
import vn.danhgia.platform.modules.ModuleInfo;

/** Describes the classification module: its table prefix and the rule families it implements. */
@Stateless
public class ClassificationModule implements ModuleInfo {

    @Override
    public String key() {
        return "classification";
    }

    @Override
    public String tablePrefix() {
        return "cls_";
    }

    @Override
    public List<String> ruleFamilies() {
        return List.of("ANN");
    }
}
