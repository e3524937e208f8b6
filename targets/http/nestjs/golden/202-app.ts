import { Controller, HttpCode, HttpStatus, Module, Post } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Post("endpoint")
  @HttpCode(HttpStatus.ACCEPTED)
  endpoint() {
    return { status: "accepted", task_id: "abc-123" };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
