package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @PostMapping("/endpoint")
    public ProblemDetail endpoint() {
        ProblemDetail problem = ProblemDetail.forStatus(
            HttpStatus.UNPROCESSABLE_ENTITY
        );
        // HttpStatus keeps an older reason phrase for 422: the title is RFC 9110's.
        problem.setTitle("Unprocessable Content");
        // Spring fills in "instance" with the request's path.
        return problem;
    }
}
