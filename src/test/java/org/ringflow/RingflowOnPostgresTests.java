package org.ringflow;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ringflow.test.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@org.ringflow.test.RingflowTest
@OnPostgres
class RingflowOnPostgresTests {

    @Autowired
    DataSource dataSource;

    @Test
    void migratesRingflowAndCamundaTablesOnPostgres() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
    }
}
