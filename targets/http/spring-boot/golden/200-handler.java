package com.example.demo;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<OkResponse> endpoint() {
        OkResponse body = new OkResponse(
            "ok",
            new Data("abc-123", "Example item", true)
        );
        return ResponseEntity.ok(body);
    }

    record OkResponse(String status, Data data) {}

    record Data(String id, String name, boolean active) {}
}
