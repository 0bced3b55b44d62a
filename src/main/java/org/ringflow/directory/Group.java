package org.ringflow.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Users rung together or in turn; the order of members matters for sequential and round-robin ringing. */
@Entity
@Table(name = "user_group")
public class Group {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "user_id")
    private List<Long> memberIds = new ArrayList<>();

    protected Group() {
    }

    public Group(String name, List<Long> memberIds) {
        this.name = name;
        this.memberIds = new ArrayList<>(memberIds);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<Long> getMemberIds() { return List.copyOf(memberIds); }
    public void setMemberIds(List<Long> memberIds) {
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
    }
}
