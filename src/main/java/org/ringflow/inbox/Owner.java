package org.ringflow.inbox;

/** Whose inbox something lands in: a user's or a group's. Written as {@code user:5} or {@code group:2} in URLs. */
public record Owner(Long userId, Long groupId) {

    public static Owner user(long id) {
        return new Owner(id, null);
    }

    public static Owner group(long id) {
        return new Owner(null, id);
    }

    public static Owner parse(String text) {
        if (text == null) {
            return new Owner(null, null);
        }
        String[] parts = text.split(":");
        if (parts.length == 2 && parts[0].equals("user")) {
            return user(Long.parseLong(parts[1]));
        }
        if (parts.length == 2 && parts[0].equals("group")) {
            return group(Long.parseLong(parts[1]));
        }
        throw new IllegalArgumentException("not an owner: " + text);
    }

    @Override
    public String toString() {
        return userId != null ? "user:" + userId : groupId != null ? "group:" + groupId : "none";
    }
}
