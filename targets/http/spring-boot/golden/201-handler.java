package com.example.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @PostMapping("/endpoint")
    public ResponseEntity<CreatedResponse> endpoint() {
        CreatedResponse body = new CreatedResponse(
            "abc-123",
            "Example item",
            "2026-02-24T12:00:00Z"
        );
        URI location = URI.create("/endpoint/abc-123");
        return ResponseEntity.created(location).body(body);
    }

    record CreatedResponse(
        String id,
        String name,
        @JsonProperty("created_at") String createdAt
    ) {}
}
