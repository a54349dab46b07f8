/**
 * Organisation module (RULES.md ORG-1..11): the dated unit tree, people and every fact the rules read, evaluator authority and imports.
 * Owns the {@code org_} tables. Other modules use {@link vn.danhgia.organization.api} only.
 */
package vn.danhgia.organization;
