package vn.danhgia.organization.application;

import jakarta.ejb.Stateless;
import java.util.List;
import vn.danhgia.platform.modules.ModuleInfo;

/** Describes the organization module: its table prefix and the rule families it implements. */
@Stateless
public class OrganizationModule implements ModuleInfo {

    @Override
    public String key() {
        return "organization";
    }

    @Override
    public String tablePrefix() {
        return "org_";
    }

    @Override
    public List<String> ruleFamilies() {
        return List.of("ORG");
    }
}
