package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/items/{item_id}")
    public ProblemDetail endpoint(@PathVariable("item_id") String itemId) {
        // Spring fills in "instance" with the request's path.
        return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    }
}
