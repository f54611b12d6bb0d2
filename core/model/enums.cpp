// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/enums.h"

#include <QCoreApplication>

#include <iterator>

namespace {

template <typename E>
struct Entry
{
    E value;
    const char* key;
    const char* context;
    struct
    {
        const char* source;
        const char* disambiguation;
    } name;
};

// QT_TRANSLATE_NOOP3 keeps the names in the translation files (written out in full, since lupdate
// does not expand macros); they are translated when shown.

constexpr Entry<InstitutionKind> institutionKinds[] = {
    {InstitutionKind::SocialWelfareCentre, "social_welfare_centre", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Social welfare centre", "MOPS/MOPR/GOPS")},
    {InstitutionKind::RegionalCentre, "regional_centre", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Regional social policy centre", "ROPS")},
    {InstitutionKind::DaySupportHome, "day_support_home", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Day-support home", "e.g. środowiskowy dom samopomocy")},
    {InstitutionKind::CareHome, "care_home", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Care home", "dom pomocy społecznej")},
    {InstitutionKind::NgoFoundation, "ngo_foundation", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Foundation (NGO)", "")},
    {InstitutionKind::NgoAssociation, "ngo_association", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Association (NGO)", "")},
    {InstitutionKind::CityHall, "city_hall", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "City hall", "")},
    {InstitutionKind::LabourOffice, "labour_office", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Labour office", "")},
    {InstitutionKind::Police, "police", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Police", "")},
    {InstitutionKind::Court, "court", "InstitutionKind", QT_TRANSLATE_NOOP3("InstitutionKind", "Court", "")},
    {InstitutionKind::Library, "library", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Library", "")},
    {InstitutionKind::SchoolOrUniversity, "school_university", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "School or university", "")},
    {InstitutionKind::Health, "health", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Health care", "")},
    {InstitutionKind::Other, "other", "InstitutionKind",
     QT_TRANSLATE_NOOP3("InstitutionKind", "Other", "kind of institution")},
};

constexpr Entry<VisitKind> visitKinds[] = {
    {VisitKind::IncomingStudyVisit, "incoming_study_visit", "VisitKind",
     QT_TRANSLATE_NOOP3("VisitKind", "Incoming study visit", "a delegation comes to us")},
    {VisitKind::OutgoingStudyVisit, "outgoing_study_visit", "VisitKind",
     QT_TRANSLATE_NOOP3("VisitKind", "Outgoing study visit", "our staff go abroad")},
    {VisitKind::ExchangeGroupMeeting, "exchange_group_meeting", "VisitKind",
     QT_TRANSLATE_NOOP3("VisitKind", "Exchange group meeting", "")},
    {VisitKind::Conference, "conference", "VisitKind", QT_TRANSLATE_NOOP3("VisitKind", "Conference", "")},
    {VisitKind::WorkingMeeting, "working_meeting", "VisitKind",
     QT_TRANSLATE_NOOP3("VisitKind", "Working meeting", "")},
};

constexpr Entry<VisitStatus> visitStatuses[] = {
    {VisitStatus::Draft, "draft", "VisitStatus",
     QT_TRANSLATE_NOOP3("VisitStatus", "Draft", "status of a visit")},
    {VisitStatus::Planned, "planned", "VisitStatus",
     QT_TRANSLATE_NOOP3("VisitStatus", "Planned", "status of a visit")},
    {VisitStatus::Confirmed, "confirmed", "VisitStatus",
     QT_TRANSLATE_NOOP3("VisitStatus", "Confirmed", "status of a visit")},
    {VisitStatus::InProgress, "in_progress", "VisitStatus",
     QT_TRANSLATE_NOOP3("VisitStatus", "In progress", "status of a visit")},
    {VisitStatus::Completed, "completed", "VisitStatus",
     QT_TRANSLATE_NOOP3("VisitStatus", "Completed", "status of a visit")},
    {VisitStatus::Cancelled, "cancelled", "VisitStatus",
     QT_TRANSLATE_NOOP3("VisitStatus", "Cancelled", "status of a visit")},
};

constexpr Entry<ParticipantRole> participantRoles[] = {
    {ParticipantRole::DelegationLeader, "delegation_leader", "ParticipantRole",
     QT_TRANSLATE_NOOP3("ParticipantRole", "Delegation leader", "")},
    {ParticipantRole::DelegationMember, "delegation_member", "ParticipantRole",
     QT_TRANSLATE_NOOP3("ParticipantRole", "Delegation member", "")},
    {ParticipantRole::Host, "host", "ParticipantRole",
     QT_TRANSLATE_NOOP3("ParticipantRole", "Host", "a person from the hosting institution")},
    {ParticipantRole::Presenter, "presenter", "ParticipantRole",
     QT_TRANSLATE_NOOP3("ParticipantRole", "Presenter", "")},
    {ParticipantRole::Moderator, "moderator", "ParticipantRole",
     QT_TRANSLATE_NOOP3("ParticipantRole", "Moderator", "")},
    {ParticipantRole::Interpreter, "interpreter", "ParticipantRole",
     QT_TRANSLATE_NOOP3("ParticipantRole", "Interpreter", "")},
    {ParticipantRole::GuideOrDriver, "guide_driver", "ParticipantRole",
     QT_TRANSLATE_NOOP3("ParticipantRole", "Guide or driver", "")},
    {ParticipantRole::Organiser, "organiser", "ParticipantRole",
     QT_TRANSLATE_NOOP3("ParticipantRole", "Organiser", "")},
};

constexpr Entry<SessionKind> sessionKinds[] = {
    {SessionKind::Presentation, "presentation", "SessionKind",
     QT_TRANSLATE_NOOP3("SessionKind", "Presentation", "")},
    {SessionKind::PanelDiscussion, "panel_discussion", "SessionKind",
     QT_TRANSLATE_NOOP3("SessionKind", "Panel discussion", "")},
    {SessionKind::Workshop, "workshop", "SessionKind", QT_TRANSLATE_NOOP3("SessionKind", "Workshop", "")},
    {SessionKind::SiteVisit, "site_visit", "SessionKind",
     QT_TRANSLATE_NOOP3("SessionKind", "Site visit", "visiting an institution")},
    {SessionKind::Meeting, "meeting", "SessionKind", QT_TRANSLATE_NOOP3("SessionKind", "Meeting", "")},
    {SessionKind::Meal, "meal", "SessionKind", QT_TRANSLATE_NOOP3("SessionKind", "Meal", "")},
    {SessionKind::Transfer, "transfer", "SessionKind",
     QT_TRANSLATE_NOOP3("SessionKind", "Transfer", "travel between places")},
    {SessionKind::CulturalProgramme, "cultural_programme", "SessionKind",
     QT_TRANSLATE_NOOP3("SessionKind", "Cultural programme", "")},
    {SessionKind::FreeTime, "free_time", "SessionKind", QT_TRANSLATE_NOOP3("SessionKind", "Free time", "")},
    {SessionKind::Other, "other", "SessionKind",
     QT_TRANSLATE_NOOP3("SessionKind", "Other", "kind of session")},
};

constexpr Entry<SessionRole> sessionRoles[] = {
    {SessionRole::Presenter, "presenter", "SessionRole",
     QT_TRANSLATE_NOOP3("SessionRole", "Presenter", "role in a session")},
    {SessionRole::Moderator, "moderator", "SessionRole",
     QT_TRANSLATE_NOOP3("SessionRole", "Moderator", "role in a session")},
    {SessionRole::Interpreter, "interpreter", "SessionRole",
     QT_TRANSLATE_NOOP3("SessionRole", "Interpreter", "role in a session")},
};

constexpr Entry<InterpretationMode> interpretationModes[] = {
    {InterpretationMode::None, "none", "InterpretationMode",
     QT_TRANSLATE_NOOP3("InterpretationMode", "No interpretation", "")},
    {InterpretationMode::Consecutive, "consecutive", "InterpretationMode",
     QT_TRANSLATE_NOOP3("InterpretationMode", "Consecutive", "kind of interpretation")},
    {InterpretationMode::Simultaneous, "simultaneous", "InterpretationMode",
     QT_TRANSLATE_NOOP3("InterpretationMode", "Simultaneous", "kind of interpretation")},
    {InterpretationMode::Whispered, "whispered", "InterpretationMode",
     QT_TRANSLATE_NOOP3("InterpretationMode", "Whispered", "kind of interpretation")},
};

constexpr Entry<CostCategory> costCategories[] = {
    {CostCategory::Accommodation, "accommodation", "CostCategory",
     QT_TRANSLATE_NOOP3("CostCategory", "Accommodation", "cost category")},
    {CostCategory::Meals, "meals", "CostCategory",
     QT_TRANSLATE_NOOP3("CostCategory", "Meals", "cost category")},
    {CostCategory::Interpreting, "interpreting", "CostCategory",
     QT_TRANSLATE_NOOP3("CostCategory", "Interpreting", "cost category")},
    {CostCategory::Transport, "transport", "CostCategory",
     QT_TRANSLATE_NOOP3("CostCategory", "Transport", "cost category")},
    {CostCategory::Venue, "venue", "CostCategory",
     QT_TRANSLATE_NOOP3("CostCategory", "Venue hire", "cost category")},
    {CostCategory::Materials, "materials", "CostCategory",
     QT_TRANSLATE_NOOP3("CostCategory", "Materials", "cost category")},
    {CostCategory::Other, "other", "CostCategory",
     QT_TRANSLATE_NOOP3("CostCategory", "Other costs", "cost category")},
};

constexpr Entry<OutcomeKind> outcomeKinds[] = {
    {OutcomeKind::Agreement, "agreement", "OutcomeKind",
     QT_TRANSLATE_NOOP3("OutcomeKind", "Cooperation agreement", "")},
    {OutcomeKind::LetterOfIntent, "letter_of_intent", "OutcomeKind",
     QT_TRANSLATE_NOOP3("OutcomeKind", "Letter of intent", "")},
    {OutcomeKind::Recommendation, "recommendation", "OutcomeKind",
     QT_TRANSLATE_NOOP3("OutcomeKind", "Recommendations", "")},
    {OutcomeKind::Standard, "standard", "OutcomeKind",
     QT_TRANSLATE_NOOP3("OutcomeKind", "Standard adopted", "")},
    {OutcomeKind::Other, "other", "OutcomeKind", QT_TRANSLATE_NOOP3("OutcomeKind", "Other outcome", "")},
};

constexpr Entry<FollowUpStatus> followUpStatuses[] = {
    {FollowUpStatus::Open, "open", "FollowUpStatus",
     QT_TRANSLATE_NOOP3("FollowUpStatus", "Open", "follow-up task")},
    {FollowUpStatus::Done, "done", "FollowUpStatus",
     QT_TRANSLATE_NOOP3("FollowUpStatus", "Done", "follow-up task")},
    {FollowUpStatus::Cancelled, "cancelled", "FollowUpStatus",
     QT_TRANSLATE_NOOP3("FollowUpStatus", "Cancelled", "follow-up task")},
};

constexpr Entry<DietCategory> dietCategories[] = {
    {DietCategory::None, "none", "DietCategory", QT_TRANSLATE_NOOP3("DietCategory", "No special diet", "")},
    {DietCategory::Vegetarian, "vegetarian", "DietCategory",
     QT_TRANSLATE_NOOP3("DietCategory", "Vegetarian", "")},
    {DietCategory::Vegan, "vegan", "DietCategory", QT_TRANSLATE_NOOP3("DietCategory", "Vegan", "")},
    {DietCategory::GlutenFree, "gluten_free", "DietCategory",
     QT_TRANSLATE_NOOP3("DietCategory", "Gluten-free", "")},
    {DietCategory::LactoseFree, "lactose_free", "DietCategory",
     QT_TRANSLATE_NOOP3("DietCategory", "Lactose-free", "")},
    {DietCategory::Halal, "halal", "DietCategory", QT_TRANSLATE_NOOP3("DietCategory", "Halal", "")},
    {DietCategory::Kosher, "kosher", "DietCategory", QT_TRANSLATE_NOOP3("DietCategory", "Kosher", "")},
    {DietCategory::Allergy, "allergy", "DietCategory",
     QT_TRANSLATE_NOOP3("DietCategory", "Food allergy", "")},
    {DietCategory::Other, "other", "DietCategory", QT_TRANSLATE_NOOP3("DietCategory", "Other diet", "")},
};

#undef ENTRY

QString translateName(const char* context, const char* source, const char* disambiguation)
{
    return QCoreApplication::translate(context, source, *disambiguation ? disambiguation : nullptr);
}

template <typename E, std::size_t N>
const Entry<E>* find(const Entry<E> (&table)[N], E value)
{
    for (const auto& entry : table) {
        if (entry.value == value) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

#define WIZYTA_DEFINE_ENUM_INFO(E, TABLE)                                                                    \
    QString EnumInfo<E>::key(E value)                                                                        \
    {                                                                                                        \
        const auto* entry = find(TABLE, value);                                                              \
        return entry ? QString::fromLatin1(entry->key) : QString();                                          \
    }                                                                                                        \
    std::optional<E> EnumInfo<E>::fromKey(const QString& key)                                                \
    {                                                                                                        \
        for (const auto& entry : TABLE) {                                                                    \
            if (key == QLatin1String(entry.key)) {                                                           \
                return entry.value;                                                                          \
            }                                                                                                \
        }                                                                                                    \
        return std::nullopt;                                                                                 \
    }                                                                                                        \
    QString EnumInfo<E>::displayName(E value)                                                                \
    {                                                                                                        \
        const auto* entry = find(TABLE, value);                                                              \
        return entry ? translateName(entry->context, entry->name.source, entry->name.disambiguation)         \
                     : QString();                                                                            \
    }                                                                                                        \
    EnumName EnumInfo<E>::name(E value)                                                                      \
    {                                                                                                        \
        const auto* entry = find(TABLE, value);                                                              \
        return entry ? EnumName{entry->context, entry->name.source, entry->name.disambiguation}              \
                     : EnumName{};                                                                           \
    }                                                                                                        \
    QList<E> EnumInfo<E>::all()                                                                              \
    {                                                                                                        \
        QList<E> values;                                                                                     \
        values.reserve(static_cast<qsizetype>(std::size(TABLE)));                                            \
        for (const auto& entry : TABLE) {                                                                    \
            values.append(entry.value);                                                                      \
        }                                                                                                    \
        return values;                                                                                       \
    }                                                                                                        \
    QStringList EnumInfo<E>::keys()                                                                          \
    {                                                                                                        \
        QStringList list;                                                                                    \
        for (const auto& entry : TABLE) {                                                                    \
            list.append(QString::fromLatin1(entry.key));                                                     \
        }                                                                                                    \
        return list;                                                                                         \
    }

WIZYTA_DEFINE_ENUM_INFO(InstitutionKind, institutionKinds)
WIZYTA_DEFINE_ENUM_INFO(VisitKind, visitKinds)
WIZYTA_DEFINE_ENUM_INFO(VisitStatus, visitStatuses)
WIZYTA_DEFINE_ENUM_INFO(ParticipantRole, participantRoles)
WIZYTA_DEFINE_ENUM_INFO(SessionKind, sessionKinds)
WIZYTA_DEFINE_ENUM_INFO(SessionRole, sessionRoles)
WIZYTA_DEFINE_ENUM_INFO(InterpretationMode, interpretationModes)
WIZYTA_DEFINE_ENUM_INFO(CostCategory, costCategories)
WIZYTA_DEFINE_ENUM_INFO(OutcomeKind, outcomeKinds)
WIZYTA_DEFINE_ENUM_INFO(FollowUpStatus, followUpStatuses)
WIZYTA_DEFINE_ENUM_INFO(DietCategory, dietCategories)
