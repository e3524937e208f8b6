import { Controller, Get, HttpCode, HttpStatus } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.I_AM_A_TEAPOT)
  endpoint() {
    return { error: "im_a_teapot", message: "I'm a teapot" };
  }
}
