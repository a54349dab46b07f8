/**
 * Evaluator authority (RULES.md ORG-11, PRO-9, PRO-10): who comments on, evaluates, decides and may
 * adjust the evaluation of a person, from a rule-pack table (RP-1) plus audited overrides, each answer
 * explained in Vietnamese (RP-2).
 *
 * <p>Pure Java: nothing here imports {@code jakarta.*}. The application layer implements
 * {@link vn.danhgia.organization.domain.authority.OrgDirectory} over the database and loads the table
 * with {@code vn.danhgia.organization.infrastructure.authority.AuthorityTableLoader}.
 */
package vn.danhgia.organization.domain.authority;
