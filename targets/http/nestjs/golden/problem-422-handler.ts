import {
  Controller,
  Header,
  HttpCode,
  HttpStatus,
  Post,
  Req,
} from "@nestjs/common";
import type { Request } from "express";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Post("endpoint")
  @HttpCode(HttpStatus.UNPROCESSABLE_ENTITY)
  @Header("Content-Type", "application/problem+json")
  endpoint(@Req() req: Request) {
    return {
      type: "about:blank",
      title: "Unprocessable Content",
      status: 422,
      instance: req.path,
    };
  }
}
