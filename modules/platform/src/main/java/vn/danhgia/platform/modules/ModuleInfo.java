package vn.danhgia.platform.modules;

import java.util.List;

/**
 * What a domain module says about itself: its key (used for menus and i18n keys), the table
 * prefix it owns and the RULES.md rule families it implements. Every domain module provides one.
 */
public interface ModuleInfo {

    String key();

    String tablePrefix();

    List<String> ruleFamilies();
}
