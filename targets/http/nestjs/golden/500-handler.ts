import { Controller, Get, HttpCode, HttpStatus } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.INTERNAL_SERVER_ERROR)
  endpoint() {
    return { error: "internal_server_error", message: "Internal Server Error" };
  }
}
