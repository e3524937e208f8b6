package com.example.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @PostMapping("/endpoint")
    public ResponseEntity<AcceptedResponse> endpoint() {
        AcceptedResponse body = new AcceptedResponse("accepted", "abc-123");
        return ResponseEntity.accepted().body(body);
    }

    record AcceptedResponse(
        String status,
        @JsonProperty("task_id") String taskId
    ) {}
}
