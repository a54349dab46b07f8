/** JPA queries, parsers and report data assembly. */
package vn.danhgia.exam.infrastructure;
