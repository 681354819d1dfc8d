/**
 * Bulk export jobs: a job lists articles and languages to export; its items live in the database,
 * are claimed by one server instance at a time under a lease, and keep their rendered file, so
 * jobs survive the instance that started them. Rendering itself happens outside this module.
 */
package org.factdesk.workflow.export;
