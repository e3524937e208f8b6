package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<String> endpoint() {
        String body =
            "{\"message\":\"\\\"quoted\\\" 'string' \\\\ back\\\\slash\",\"js\":\"${process.env.HOME}\",\"ruby\":\"#{system('id')} #@x\",\"shell\":\"$x $(id) `id`\",\"comment\":\"*/ -- ?> \\\"\\\"\\\"\",\"lines\":\"one\\ntwo\\r\\n\\tthree\\u2028four\",\"unicode\":\"café 😀 漢字\",\"nested\":{\"list\":[1,2.5,-3e-7,true,false,null],\"\":\"empty key\"}}";
        return ResponseEntity.status(HttpStatus.OK)
            .contentType(MediaType.APPLICATION_JSON)
            .body(body);
    }
}
