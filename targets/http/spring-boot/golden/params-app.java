package com.example.demo;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class Application {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        // Listens on $PORT when it is set, else on 8080.
        app.setDefaultProperties(Map.of("server.port", "${PORT:8080}"));
        app.run(args);
    }

    @GetMapping("/users/{user_id}/posts/{post_id}")
    public ResponseEntity<OkResponse> endpoint(
        @PathVariable("user_id") String userId,
        @PathVariable("post_id") String postId
    ) {
        OkResponse body = new OkResponse(
            "ok",
            new Data("abc-123", "Example item", true)
        );
        return ResponseEntity.ok(body);
    }

    record OkResponse(String status, Data data) {}

    record Data(String id, String name, boolean active) {}
}
