/** Loading the evaluator-authority rule pack (RULES.md ORG-11, PRO-9, RP-1) from its JSON form. */
package vn.danhgia.organization.infrastructure.authority;
