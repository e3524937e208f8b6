import {
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Req,
} from "@nestjs/common";
import type { Request } from "express";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("items/:item_id")
  @HttpCode(HttpStatus.NOT_FOUND)
  @Header("Content-Type", "application/problem+json")
  endpoint(@Req() req: Request) {
    // Path parameters: @Param("item_id") item_id: string (the fixed response below does not use them).
    return {
      type: "about:blank",
      title: "Not Found",
      status: 404,
      instance: req.path,
    };
  }
}
