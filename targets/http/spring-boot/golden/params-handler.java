package com.example.demo;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

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
