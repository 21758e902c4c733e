import type { InitiativeOwnerType, InitiativeType, RegistrationLevel } from "@/lib/generated/prisma/enums";

export const INITIATIVE_TYPE_LABELS: Record<InitiativeType, string> = {
  MODEL: "Mô hình",
  SOLUTION: "Giải pháp",
  INITIATIVE: "Sáng kiến",
  GOOD_PRACTICE: "Cách làm hay",
};

export const LEVEL_LABELS: Record<RegistrationLevel, string> = {
  CITY: "Cấp Thành phố",
  DEPARTMENT: "Cấp Sở",
};

export const OWNER_TYPE_LABELS: Record<InitiativeOwnerType, string> = {
  UNIT: "Tập thể đơn vị",
  INDIVIDUALS: "Cá nhân",
  CITIZEN: "Người dân",
  BUSINESS: "Tổ chức, doanh nghiệp",
};
