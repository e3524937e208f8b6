import { Controller, Get, Module } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Get("users/:user_id/posts/:post_id")
  endpoint() {
    // Path parameters: @Param("user_id") user_id: string, @Param("post_id") post_id: string (the fixed response below does not use them).
    return {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
    };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
