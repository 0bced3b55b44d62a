package org.ringflow.directory;

import java.util.List;

/**
 * The demo directory was just created (first start with demo data on). Listeners add what else a demo needs,
 * such as default flows for the numbers, in the same transaction.
 */
public record DemoDirectorySeeded(List<Long> userIds, Long groupId, Long mainNumberId, Long textNumberId) {
}
